package de.thwien.dsr.subjectindex.cases;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.subjectindex.NameMatchDecisions;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.index.Crawler;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static de.thwien.dsr.subjectindex.cases.PackageDownloads.download;
import static de.thwien.dsr.subjectindex.cases.PackageDownloads.unzip;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Name matches (WEAK findings) are reviewed before the access answer: the package waits until the assistant has
 * decided every one; confirmed ones join the copy, rejected ones are in neither the copy nor the counts the answer
 * mail is written from. A case without name matches is answered at once.
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class NameMatchReviewTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Named only in the text of the supplier's mail "Lieferverzug". */
    private static final Person JONAS = new Person("jonas.aw@example.org", "Jonas Albrecht-Weidemann");
    /** Her namesake has a mail, a CRM partner and a conference account: name matches. */
    private static final Person JANA = new Person("jana.becker@example.net", "Jana Becker");
    /** In the CRM and the conference store only: no name match, no mail with anyone else. */
    private static final Person SARA = new Person("sara.yilmaz@example.org", "Sara Yilmaz");
    private static final String REJECT = "{\"decision\":\"REJECTED\",\"reasonCode\":\"NOT_THE_REQUESTER\"}";
    private static final String CONFIRM = "{\"decision\":\"CONFIRMED\"}";


    @Inject
    SealedEvents sealed;

    @Inject
    Crawler crawler;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void indexUpToDate() {
        crawler.crawlAll();
    }

    @Test
    void anAccessAnswerWithANameMatchWaitsUntilItIsDecidedAndAConfirmedMatchJoinsTheCopy() throws Exception {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, JONAS);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(probe, caseId,
                    DiscoveryEvents.NameMatchesAwaitingReview.class)).singleElement()
                    .satisfies(waiting -> assertThat(waiting.matches()).isEqualTo(1)));
            assertThat(events(probe, caseId, DiscoveryEvents.AccessPackageReady.class))
                    .as("no answer while a name match is open").isEmpty();

            JsonPath review = NameMatchDecisions.awaitWaitingReview(caseId);
            assertThat(review.getList("matches")).hasSize(1);
            assertThat(review.getString("matches[0].store")).isEqualTo("mail");
            assertThat(review.getString("matches[0].summary")).contains("Lieferverzug");
            assertThat(review.getString("matches[0].date")).isNotBlank();
            assertThat(review.getString("matches[0].excerpt")).as("the name in its context")
                    .contains("wie mit Herrn Jonas Albrecht-Weidemann besprochen");
            long match = review.getLong("matches[0].id");

            NameMatchDecisions.decide(caseId, match, CONFIRM, 200);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(probe, caseId,
                    DiscoveryEvents.AccessPackageReady.class)).hasSize(1));
            DiscoveryEvents.AccessPackageReady ready = events(probe, caseId, DiscoveryEvents.AccessPackageReady.class)
                    .get(0);
            assertThat(ready.recordsPerStore()).containsEntry("mail", 1);
            Map<String, byte[]> zip = unzip(download(ready.packageUrl()));
            assertThat(zip.keySet()).filteredOn(name -> name.endsWith(".eml")).singleElement()
                    .satisfies(eml -> assertThat(new String(zip.get(eml), StandardCharsets.UTF_8))
                            .contains("Jonas Albrecht-Weidemann"));
            assertThat(new String(zip.get("index.html"), StandardCharsets.UTF_8)).contains("Lieferverzug");
            assertThat(new String(zip.get("index.html"), StandardCharsets.UTF_8))
                    .as("a confirmed name match is a third party's mail naming her, not her correspondence")
                    .contains("E-Mail eines Dritten an uns, in der Sie genannt sind")
                    .doesNotContain("E-Mail zwischen Ihnen und uns");
            assertThat(events(probe, caseId, DiscoveryEvents.NameMatchDecided.class)).singleElement()
                    .satisfies(decided -> {
                        assertThat(decided.decision()).isEqualTo("CONFIRMED");
                        assertThat(decided.decidedBy()).isEqualTo("assistant");
                        assertThat(decided.open()).isZero();
                    });
        }
    }

    @Test
    void rejectedNameMatchesAreLeftOutOfTheCopyAndItsCountsAndTheAnswerGoesOutOnce() throws Exception {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, JANA);
            DiscoveryEvents.SubjectLocated located = await().atMost(PATIENCE).until(
                    () -> events(probe, caseId, DiscoveryEvents.SubjectLocated.class).stream().findFirst()
                            .orElse(null), java.util.Objects::nonNull);
            Map<String, Integer> strongPerStore = new TreeMap<>(located.personal().findings().stream()
                    .filter(finding -> finding.matchStrength() == Finding.MatchStrength.STRONG)
                    .collect(Collectors.groupingBy(Finding::store, Collectors.summingInt(finding -> 1))));
            JsonPath review = NameMatchDecisions.awaitWaitingReview(caseId);
            List<Map<String, Object>> matches = review.getList("matches");
            assertThat(matches).hasSizeGreaterThan(1);
            // Lukas's mail with her in Cc holds his address too (Art. 15(4)): included as stored
            NameMatchDecisions.includeEveryOpenMailWithOthersData(caseId, review);

            for (int i = 0; i < matches.size(); i++) {
                long id = ((Number) matches.get(i).get("id")).longValue();
                NameMatchDecisions.decide(caseId, id, REJECT, 200);
                if (i < matches.size() - 1) {
                    assertThat(events(probe, caseId, DiscoveryEvents.AccessPackageReady.class))
                            .as("still waiting after %d of %d decisions", i + 1, matches.size()).isEmpty();
                }
            }

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(probe, caseId,
                    DiscoveryEvents.AccessPackageReady.class)).hasSize(1));
            DiscoveryEvents.AccessPackageReady ready = events(probe, caseId, DiscoveryEvents.AccessPackageReady.class)
                    .get(0);
            assertThat(ready.recordsPerStore()).as("the answer counts only her records")
                    .containsAllEntriesOf(strongPerStore);
            assertThat(ready.recordsPerStore().values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(strongPerStore.values().stream().mapToInt(Integer::intValue).sum());
            Map<String, byte[]> zip = unzip(download(ready.packageUrl()));
            String index = new String(zip.get("index.html"), StandardCharsets.UTF_8);
            String everything = zip.values().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                    .collect(Collectors.joining("\n"));
            assertThat(everything).as("her namesake's records are nowhere in the copy")
                    .doesNotContain("j.becker@another.example", "jana.b@elsewhere.example", "Leopoldstraße");
            assertThat(index).doesNotContain("Newsletter");

            long first = ((Number) matches.get(0).get("id")).longValue();
            NameMatchDecisions.decide(caseId, first, REJECT, 200);
            assertThat(NameMatchDecisions.decide(caseId, first, CONFIRM, 409)).contains("REJECTED");
            assertThat(events(probe, caseId, DiscoveryEvents.AccessPackageReady.class)).as("answered once")
                    .hasSize(1);
        }
    }

    @Test
    void theLastDecisionIsAnsweredAtOnceWhileThePackageIsBuiltAfterwardsAndOnlyOnceForTwoPostsOfIt()
            throws Exception {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, JONAS);
            long match = NameMatchDecisions.awaitWaitingReview(caseId).getLong("matches[0].id");

            List<CompletableFuture<String>> posts;
            // holding the package table stands for a slow build: the decision must not wait for it
            try (Connection slowBuild = dataSource.getConnection()) {
                slowBuild.setAutoCommit(false);
                try (Statement lock = slowBuild.createStatement()) {
                    lock.execute("lock table access_package in exclusive mode");
                }
                posts = List.of(
                        CompletableFuture.supplyAsync(() -> NameMatchDecisions.decide(caseId, match, CONFIRM, 200)),
                        CompletableFuture.supplyAsync(() -> NameMatchDecisions.decide(caseId, match, CONFIRM, 200)));
                await().atMost(Duration.ofSeconds(15)).until(() -> posts.stream().allMatch(CompletableFuture::isDone));
                for (CompletableFuture<String> post : posts) {
                    JsonPath answered = new JsonPath(post.get());
                    assertThat(answered.getString("matches[0].decision")).isEqualTo("CONFIRMED");
                    assertThat(answered.getBoolean("building")).as("the package is being built").isTrue();
                }
                assertThat(events(probe, caseId, DiscoveryEvents.AccessPackageReady.class)).isEmpty();
                slowBuild.rollback();
            }

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(probe, caseId,
                    DiscoveryEvents.AccessPackageReady.class)).hasSize(1));
            JsonPath review = given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().get("/api/cases/" + caseId + "/name-matches").then().statusCode(200).extract().jsonPath();
            assertThat(review.getBoolean("waiting")).isFalse();
            assertThat(review.getBoolean("building")).isFalse();
            assertThat(packagesOf(caseId)).as("one package, however often the last decision came").isEqualTo(1);
            assertThat(events(probe, caseId, DiscoveryEvents.NameMatchDecided.class)).hasSize(1);
            assertThat(events(probe, caseId, DiscoveryEvents.AccessPackageReady.class)).hasSize(1);
        }
    }

    @Test
    void aDecisionOnAnUnknownMatchOrARejectionWithoutReasonIsRefused() {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, JONAS);
            long match = NameMatchDecisions.awaitWaitingReview(caseId).getLong("matches[0].id");

            NameMatchDecisions.decide(caseId, match + 100_000, CONFIRM, 404);
            NameMatchDecisions.decide(UUID.randomUUID().toString(), match, CONFIRM, 404);
            NameMatchDecisions.decide(caseId, match, "{\"decision\":\"REJECTED\"}", 400);
            NameMatchDecisions.decide(caseId, match, "{\"decision\":\"REJECTED\",\"reasonCode\":\"LEGAL_CLAIMS\"}",
                    400);
            NameMatchDecisions.decide(caseId, match, "{\"decision\":\"MAYBE\"}", 400);
            assertThat(NameMatchDecisions.awaitWaitingReview(caseId).getString("matches[0].decision")).isNull();
        }
    }

    @Test
    void anAccessRequestWithoutNameMatchesIsAnsweredAtOnce() {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, SARA);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(probe, caseId,
                    DiscoveryEvents.AccessPackageReady.class)).hasSize(1));
            assertThat(events(probe, caseId, DiscoveryEvents.SubjectLocated.class)).singleElement()
                    .satisfies(located -> assertThat(located.personal().findings()).isNotEmpty()
                            .allSatisfy(f -> assertThat(f.matchStrength()).isEqualTo(Finding.MatchStrength.STRONG)));
            assertThat(events(probe, caseId, DiscoveryEvents.NameMatchesAwaitingReview.class)).isEmpty();
            given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().get("/api/cases/" + caseId + "/name-matches").then().statusCode(404);
        }
    }

    private int packagesOf(String caseId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from access_package where case_id = ?")) {
            count.setString(1, caseId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private void send(TopicProbe probe, String caseId, Person person) {
        CaseTopics.sendVerified(probe, caseId, RequestType.ACCESS, CaseEvents.VerificationMethod.EMAIL_LINK, person);
    }

    private <T extends EventData> List<T> events(TopicProbe probe, String caseId, Class<T> type) {
        return CaseTopics.discovery(probe, sealed, caseId, type);
    }


}

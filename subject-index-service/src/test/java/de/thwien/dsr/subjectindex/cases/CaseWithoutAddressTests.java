package de.thwien.dsr.subjectindex.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.subjectindex.NameMatchDecisions;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.index.Crawler;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A request registered from a letter or a phone call may come without an e-mail address: the subject is
 * looked for by name only, so every finding is WEAK, and the case must never end in the dead-letter topic.
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class CaseWithoutAddressTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Jana Becker, known only by her name from her letter: her namesake in the stores matches as well. */
    private static final Person BY_LETTER = new Person(null, "Jana Becker");


    @Inject
    SealedEvents sealed;

    @Inject
    Crawler crawler;

    @Inject
    LocateRetries retries;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void indexUpToDate() {
        crawler.crawlAll();
    }

    @Test
    void aCaseWithoutAddressIsLocatedByNameOnlyAndEveryFindingIsWeak() {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, RequestType.ERASURE);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(probe, caseId,
                    DiscoveryEvents.SubjectLocated.class)).singleElement().satisfies(located -> {
                        assertThat(located.storesUnavailable()).isEmpty();
                        assertThat(located.personal().person().email()).isNull();
                        assertThat(located.personal().findings()).isNotEmpty()
                                .allSatisfy(finding -> assertThat(finding.matchStrength()).isEqualTo(MatchStrength.WEAK));
                    }));
            assertThat(deadLettered(probe, caseId)).isEmpty();
        }
    }

    @Test
    void anAccessRequestWithoutAddressGetsAPackageWithoutTheNameOnlyMatchesTheAssistantRejected() throws Exception {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, RequestType.ACCESS);
            NameMatchDecisions.rejectEveryOpenMatch(caseId);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(probe, caseId,
                    DiscoveryEvents.AccessPackageReady.class)).hasSize(1));
            DiscoveryEvents.AccessPackageReady ready = events(probe, caseId, DiscoveryEvents.AccessPackageReady.class)
                    .get(0);
            byte[] zip = given().when().get(URI.create(ready.packageUrl()).getPath())
                    .then().statusCode(200).extract().asByteArray();
            assertThat(new ObjectMapper().readTree(packageJson(zip)).get("records")).as("weak findings stay out")
                    .isEmpty();
            assertThat(deadLettered(probe, caseId)).isEmpty();
        }
    }

    @Test
    void aCaseWithoutAddressWhoseStoreWasDownIsRememberedAndLocatedAgain() throws Exception {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            SeededStoresTestResource.bbb().answerFailed("internalError");
            try {
                send(probe, caseId, RequestType.ERASURE);
                await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(probe, caseId,
                        DiscoveryEvents.SubjectLocated.class)).singleElement()
                        .satisfies(first -> assertThat(first.storesUnavailable()).containsExactly("conference")));
            } finally {
                SeededStoresTestResource.bbb().answerFailed(null);
            }
            assertThat(retryRows(caseId)).as("the retry remembers the name, without an address")
                    .containsExactly("null|Jana Becker");

            retries.retryDue();

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(probe, caseId,
                    DiscoveryEvents.SubjectLocated.class)).hasSize(2).last().satisfies(second -> {
                        assertThat(second.storesUnavailable()).isEmpty();
                        assertThat(second.personal().findings()).anyMatch(f -> f.store().equals("conference"))
                                .allSatisfy(f -> assertThat(f.matchStrength()).isEqualTo(MatchStrength.WEAK));
                    }));
            assertThat(retryRows(caseId)).isEmpty();
            assertThat(deadLettered(probe, caseId)).isEmpty();
        }
    }

    private void send(TopicProbe probe, String caseId, RequestType type) {
        CaseTopics.sendVerified(probe, caseId, type, CaseEvents.VerificationMethod.MANUAL, BY_LETTER);
    }

    private <T extends EventData> List<T> events(TopicProbe probe, String caseId, Class<T> type) {
        return CaseTopics.discovery(probe, sealed, caseId, type);
    }

    private static List<String> deadLettered(TopicProbe probe, String caseId) {
        return probe.readAll(Topics.deadLetterOf(Topics.CASES)).stream()
                .filter(record -> caseId.equals(record.key()))
                .map(record -> record.key())
                .toList();
    }

    /** The case's row in locate_retry as "email|name". */
    private List<String> retryRows(String caseId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select email, name from locate_retry where case_id = ?")) {
            query.setString(1, caseId);
            try (ResultSet rows = query.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1) + "|" + rows.getString(2));
                }
                return found;
            }
        }
    }

    private static byte[] packageJson(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("package.json")) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("package.json missing");
    }
}

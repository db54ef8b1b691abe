package de.thwien.dsr.subjectindex.cases;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.InfraConfiguration;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.subjectindex.DemoMailbox;
import de.thwien.dsr.subjectindex.NameMatchDecisions;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.index.Crawler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.thwien.dsr.subjectindex.cases.PackageDownloads.download;
import static de.thwien.dsr.subjectindex.cases.PackageDownloads.unzip;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Art. 15(4) GDPR: a mail of the access copy that also holds other people's data (an address that is neither the
 * requester's nor the operator's, another person's name in its headers) waits for the assistant in the name-match
 * review. "Schwärzen" puts it in the copy without its .eml and with those parts blacked out; "vollständig aufnehmen"
 * puts it in as stored. A mail only between the requester and the operator waits for nothing.
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class OthersDataReviewTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String THIRD_PARTY_ADDRESS = "paul.kramer@example.org";
    private static final String THIRD_PARTY_CC = "\"Paul Kramer\" <" + THIRD_PARTY_ADDRESS + ">";
    private static final String TEXT = "Guten Tag,\n\nwie mit Paul Kramer besprochen (" + THIRD_PARTY_ADDRESS
            + "), bitte das Angebot an uns beide.\n\nGruß";


    @Inject
    SealedEvents sealed;

    @Inject
    Crawler crawler;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = InfraConfiguration.MAIL_HOST)
    String mailHost;

    @ConfigProperty(name = InfraConfiguration.MAIL_IMAP_PORT)
    int imapPort;

    @Test
    void aMailWithAThirdPartyInCcWaitsAndARedactedOneIsInTheCopyWithoutItsEmlAndWithTheThirdPartyBlackedOut()
            throws Exception {
        Person mira = new Person("mira.hansen@example.com", "Mira Hansen");
        DemoMailbox.receive(mailHost, imapPort, "\"Mira Hansen\" <mira.hansen@example.com>", THIRD_PARTY_CC,
                "Angebot Gartenhaus", TEXT);
        crawler.crawlAll();
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, mira);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(probe, caseId,
                    DiscoveryEvents.NameMatchesAwaitingReview.class)).singleElement()
                    .satisfies(waiting -> assertThat(waiting.matches()).isEqualTo(1)));
            assertThat(events(probe, caseId, DiscoveryEvents.AccessPackageReady.class))
                    .as("no answer while a mail with other people's data is open").isEmpty();
            JsonPath review = NameMatchDecisions.awaitWaitingReview(caseId);
            assertThat(review.getList("matches")).isEmpty();
            assertThat(review.getList("othersData")).hasSize(1);
            assertThat(review.getString("othersData[0].store")).isEqualTo("mail");
            assertThat(review.getString("othersData[0].summary")).contains("Angebot Gartenhaus");
            long mail = review.getLong("othersData[0].id");

            NameMatchDecisions.decide(caseId, mail, "{\"decision\":\"CONFIRMED\"}", 400);
            NameMatchDecisions.decide(caseId, mail, "{\"decision\":\"REDACT\"}", 200);

            Map<String, byte[]> zip = unzip(download(awaitReady(probe, caseId).packageUrl()));
            assertThat(zip.keySet()).noneMatch(name -> name.endsWith(".eml"));
            zip.forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .as("the third party in %s", name).doesNotContain(THIRD_PARTY_ADDRESS, "Paul Kramer"));
            String index = new String(zip.get("index.html"), StandardCharsets.UTF_8);
            assertThat(index).contains("Angebot Gartenhaus", "mira.hansen@example.com", "bitte das Angebot")
                    .contains("<span class=\"redacted\" role=\"img\" aria-label=\"geschwärzt\">████</span>")
                    .contains("Zum Schutz anderer Personen", "Art. 15 Abs. 4 DSGVO");
            assertThat(events(probe, caseId, DiscoveryEvents.NameMatchDecided.class)).singleElement()
                    .satisfies(decided -> assertThat(decided.decision()).isEqualTo("REDACT"));
        }
    }

    @Test
    void aMailWithAThirdPartyIncludedInFullIsInTheCopyAsStored() throws Exception {
        Person ida = new Person("ida.krause@example.com", "Ida Krause");
        DemoMailbox.receive(mailHost, imapPort, "\"Ida Krause\" <ida.krause@example.com>", THIRD_PARTY_CC,
                "Angebot Carport", TEXT);
        crawler.crawlAll();
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, ida);

            long mail = NameMatchDecisions.awaitWaitingReview(caseId).getLong("othersData[0].id");
            NameMatchDecisions.decide(caseId, mail, "{\"decision\":\"INCLUDE\"}", 200);

            Map<String, byte[]> zip = unzip(download(awaitReady(probe, caseId).packageUrl()));
            assertThat(zip.keySet()).filteredOn(name -> name.endsWith(".eml")).singleElement()
                    .satisfies(eml -> assertThat(new String(zip.get(eml), StandardCharsets.UTF_8))
                            .contains(THIRD_PARTY_ADDRESS));
            String index = new String(zip.get("index.html"), StandardCharsets.UTF_8);
            assertThat(index).contains("Angebot Carport", THIRD_PARTY_ADDRESS, "Paul Kramer")
                    .doesNotContain("class=\"redacted\"", "Zum Schutz anderer Personen");
        }
    }

    @Test
    void aMailOnlyBetweenTheRequesterAndTheOperatorDoesNotWait() throws Exception {
        Person ole = new Person("ole.berg@example.com", "Ole Berg");
        DemoMailbox.receive(mailHost, imapPort, "\"Ole Berg\" <ole.berg@example.com>", null, "Rückruf",
                "Guten Tag, bitte rufen Sie mich an oder schreiben Sie an ole.berg@example.com.");
        crawler.crawlAll();
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, ole);

            Map<String, byte[]> zip = unzip(download(awaitReady(probe, caseId).packageUrl()));
            assertThat(zip.keySet()).filteredOn(name -> name.endsWith(".eml")).hasSize(1);
            assertThat(events(probe, caseId, DiscoveryEvents.NameMatchesAwaitingReview.class)).isEmpty();
            given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().get("/api/cases/" + caseId + "/name-matches").then().statusCode(404);
        }
    }

    @Test
    void aVoicemailFromThePhoneProvidersSenderHoldsNoOtherPersonsData() {
        // his CRM record has the number of the first demo voicemail; his "Termin" mail has Jana in Cc
        Person lukas = new Person("lukas.mueller@example.com", "Lukas Müller");
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, lukas);

            JsonPath review = NameMatchDecisions.awaitWaitingReview(caseId);
            List<String> flagged = review.getList("othersData.summary");
            assertThat(flagged).as("the check runs: the mail with Jana in Cc").anyMatch(s -> s.contains("Termin"));
            assertThat(flagged).as("sipgate's voicemail@ is no person").noneMatch(s -> s.contains("Sprachnachricht"));
        }
    }

    @Test
    void aThirdPartysMailNamingTheRequesterIsFlaggedOnItsNameMatchAndConfirmedWithTheThirdPartyBlackedOut()
            throws Exception {
        // the demo supplier's mail names Jonas in its text only: a WEAK match from buchhaltung@lieferant.example
        Person jonas = new Person("jonas.aw@example.org", "Jonas Albrecht-Weidemann");
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, jonas);

            JsonPath review = NameMatchDecisions.awaitWaitingReview(caseId);
            assertThat(review.getList("othersData")).as("asked on the name match, not twice").isEmpty();
            assertThat(review.getString("matches[0].summary")).contains("Lieferverzug");
            assertThat(review.getBoolean("matches[0].othersData")).isTrue();
            long match = review.getLong("matches[0].id");

            NameMatchDecisions.decide(caseId, match, "{\"decision\":\"CONFIRMED_REDACTED\"}", 200);

            Map<String, byte[]> zip = unzip(download(awaitReady(probe, caseId).packageUrl()));
            assertThat(zip.keySet()).noneMatch(name -> name.endsWith(".eml"));
            zip.forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .as("the third party in %s", name).doesNotContain("buchhaltung@lieferant.example"));
            assertThat(new String(zip.get("index.html"), StandardCharsets.UTF_8))
                    .contains("Lieferverzug", "Jonas Albrecht-Weidemann", "Zum Schutz anderer Personen");
        }
    }

    @Test
    void aRedactedConfirmationIsRefusedForANameMatchWithoutOtherPeoplesData() {
        Person ida = new Person("ida.lorenz@example.com", "Ida Lorenz");
        DemoMailbox.receive(mailHost, imapPort, "info@thwien.example", null, "Termin Ida",
                "Guten Tag,\n\nwie mit Frau Ida Lorenz besprochen.\n\nViele Grüße");
        crawler.crawlAll();
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, caseId, ida);

            JsonPath review = NameMatchDecisions.awaitWaitingReview(caseId);
            assertThat(review.getBoolean("matches[0].othersData")).isFalse();
            NameMatchDecisions.decide(caseId, review.getLong("matches[0].id"),
                    "{\"decision\":\"CONFIRMED_REDACTED\"}", 400);
        }
    }

    private DiscoveryEvents.AccessPackageReady awaitReady(TopicProbe probe, String caseId) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(probe, caseId,
                DiscoveryEvents.AccessPackageReady.class)).hasSize(1));
        return events(probe, caseId, DiscoveryEvents.AccessPackageReady.class).get(0);
    }

    private void send(TopicProbe probe, String caseId, Person person) {
        CaseTopics.sendVerified(probe, caseId, RequestType.ACCESS, CaseEvents.VerificationMethod.EMAIL_LINK, person);
    }

    private <T extends EventData> List<T> events(TopicProbe probe, String caseId, Class<T> type) {
        return CaseTopics.discovery(probe, sealed, caseId, type);
    }


}

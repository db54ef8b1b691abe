package de.thwien.dsr.subjectindex.cases;

import static de.thwien.dsr.subjectindex.cases.PackageDownloads.download;
import static de.thwien.dsr.subjectindex.cases.PackageDownloads.unzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.index.Crawler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Art. 20: a verified PORTABILITY case gets an export of what she provided on consent or contract. */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class PortabilityRequestTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Person JANA = new Person("Jana.Becker@example.net", "Jana Becker");

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    SealedEvents sealed;

    @Inject
    Crawler crawler;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void indexUpToDate() {
        crawler.crawlAll();
    }

    @Test
    void aVerifiedPortabilityRequestGetsJsonAndCsvOfHerAccountAndHerMailButNotTheInvoice() throws Exception {
        String caseId = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            CaseTopics.sendVerified(probe, caseId, RequestType.PORTABILITY, CaseEvents.VerificationMethod.EMAIL_LINK,
                    JANA);

            DiscoveryEvents.PortabilityPackageReady ready = awaitExport(probe, caseId);
            Map<String, byte[]> zip = unzip(download(ready.packageUrl(), "portable-data-export.zip"));

            assertThat(zip.keySet()).as("machine-readable files only").contains("package.json")
                    .allMatch(name -> name.equals("package.json") || name.startsWith("tables/") && name.endsWith(".csv"));
            JsonNode records = json.readTree(zip.get("package.json")).get("records");
            List<String> kinds = StreamSupport.stream(records.spliterator(), false)
                    .map(record -> record.get("kind").asText()).toList();
            assertThat(kinds).as("her CRM master record and her mail").contains("res_partner", "message")
                    .as("the posted invoice is kept under Art. 6(1)(c): not portable").doesNotContain("account_move");
            assertThat(records.findValuesAsText("subject")).as("the mail she wrote").contains("Ihre Bestellung 4711")
                    .as("our mail to her and a colleague's mail she was copied on").doesNotContain(
                            "Rechnung INV/2024/0007", "Termin");
            assertThat(records.findValuesAsText("email")).contains("jana.becker@example.net");
            assertThat(records.findValuesAsText("reference")).as("not her namesake's records")
                    .doesNotContain("res_partner/2");

            String csv = zip.entrySet().stream().filter(entry -> entry.getKey().endsWith(".csv"))
                    .map(entry -> new String(entry.getValue(), StandardCharsets.UTF_8))
                    .reduce("", String::concat);
            assertThat(zip).containsKeys("tables/Kundenkonten.csv", "tables/E-Mails.csv");
            assertThat(new String(zip.get("tables/Kundenkonten.csv"), StandardCharsets.UTF_8))
                    .contains("jana.becker@example.net", "Hauptstraße 1");
            assertThat(new String(zip.get("tables/E-Mails.csv"), StandardCharsets.UTF_8))
                    .contains("Ihre Bestellung 4711", "Wo bleibt meine Lieferung?");
            assertThat(csv).doesNotContain("INV/2024/0007");

            assertThat(ready.storesUnavailable()).isEmpty();
            assertThat(ready.recordsPerStore()).containsEntry("mail", 1)
                    .hasEntrySatisfying("crm", records1 -> assertThat(records1).isPositive());
            assertThat(CaseTopics.discovery(probe, sealed, caseId, DiscoveryEvents.AccessPackageReady.class))
                    .as("no access answer for a portability request").isEmpty();
        }
    }

    private DiscoveryEvents.PortabilityPackageReady awaitExport(TopicProbe probe, String caseId) {
        return await().atMost(PATIENCE).until(() -> CaseTopics.discovery(probe, sealed, caseId,
                        DiscoveryEvents.PortabilityPackageReady.class).stream().findFirst().orElse(null),
                ready -> ready != null);
    }
}

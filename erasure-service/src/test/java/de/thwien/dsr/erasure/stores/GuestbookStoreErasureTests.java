package de.thwien.dsr.erasure.stores;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.connectors.identity.EmailNormaliser;
import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.connectors.stores.ConnectedStores;
import de.thwien.dsr.connectors.stores.StoreCapability;
import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.StoreName;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A store type erasure-service has never heard of, added as one plug-in in the tests ({@link GuestbookStoreType}: one
 * class, its service line, its names and its file setting), goes through a whole erasure case as the three built-in
 * ones do: found by its reader, planned, erased through its writer, proven gone by reading it again, and confirmed
 * naming the store in the words its type declares.
 */
@QuarkusTest
@TestProfile(DemoCustomerErasureTests.ConnectorsWrite.class)
@QuarkusTestResource(value = GuestbookStoreErasureTests.GuestbookFile.class, restrictToAnnotatedClass = true)
class GuestbookStoreErasureTests {

    /** The embedded infrastructure and a guest book with two entries of Jana Becker's and one of someone else's. */
    public static class GuestbookFile extends EmbeddedInfraTestResource {

        @Override
        public Map<String, String> start() {
            Map<String, String> configuration = new HashMap<>(super.start());
            try {
                Path file = Files.createTempDirectory("guestbook").resolve("entries.tsv");
                Files.write(file, List.of(
                        "1\t2025-06-01\tjana.becker@example.net\tJana Becker\tSchöner Workshop, danke!",
                        "2\t2025-07-14\tlukas.maier@example.org\tLukas Maier\tGerne wieder.",
                        "3\t2025-09-30\tJana.Becker@example.net\tJana Becker\tDie Aufzeichnung fehlt noch."),
                        StandardCharsets.UTF_8);
                configuration.put("dsr.stores.plugins.guestbook.file", file.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return configuration;
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Identifier HER =
            new Identifier(IdentifierKind.EMAIL, EmailNormaliser.canonical("jana.becker@example.net").orElseThrow());

    @Inject
    ConnectedStores stores;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String caseId = UUID.randomUUID().toString();

    @Test
    void aStoreTypeAddedAsAPlugInIsConnectedWithTheCapabilitiesItDeclares() {
        ConnectedStore store = stores.store("guestbook").orElseThrow();

        assertThat(store.capabilities()).containsExactlyInAnyOrder(StoreCapability.READ, StoreCapability.ERASE);
        assertThat(stores.capableOf(StoreCapability.RESTRICT)).doesNotContain(store);
    }

    @Test
    void herGuestbookEntriesAreFoundPlannedErasedProvenGoneAndConfirmedUnderTheStoresDeclaredName() throws Exception {
        List<Finding> findings = foundInGuestbook();
        assertThat(findings).extracting(Finding::reference).containsExactlyInAnyOrder("entry/1", "entry/3");

        try (ErasureEventsProbe events = new ErasureEventsProbe(bootstrapServers)) {
            events.subjectLocated(caseId, caseId, RequestType.ERASURE,
                    new Person("jana.becker@example.net", "Jana Becker"), findings, List.of());
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(planStatus()).isEqualTo("COMPLETED"));
            await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)
                    .isEmpty());
            ErasureEvents.RecordsErased confirmation =
                    events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class).get(0);
            JsonPath plan = plan();

            assertThat(plan.getList("items.execution", String.class)).containsOnly("ERASED").hasSize(2);
            assertThat(plan.getList("items.proof", String.class))
                    .allSatisfy(proof -> assertThat(proof).startsWith("re-queried guestbook at ").endsWith("record gone"));
            assertThat(Files.readAllLines(guestbook(), StandardCharsets.UTF_8)).as("the guest book after the erasure")
                    .containsExactly("2\t2025-07-14\tlukas.maier@example.org\tLukas Maier\tGerne wieder.");
            assertThat(confirmation.records()).extracting(ErasureEvents.ErasedRecord::store).containsOnly("guestbook");
            assertThat(confirmation.storeNames())
                    .containsExactly(new StoreName("guestbook", "Gästebuch unserer Website", "guest book of our website"));
        }
    }

    @Test
    void anEntryThatOnlyNamesHerCannotHaveHerMentionRemovedAsTheGuestbookTypeDeclaresNoRedaction() throws Exception {
        // a name-only match in a store type erasure-service has never heard of: asked, not guessed from its id
        List<Finding> nameOnly = stores.store("guestbook").orElseThrow().reader()
                .find(List.of(new RecordHit("entry/2", MatchStrength.WEAK)));
        assertThat(nameOnly).singleElement().extracting(Finding::matchStrength).isEqualTo(MatchStrength.WEAK);

        try (ErasureEventsProbe events = new ErasureEventsProbe(bootstrapServers)) {
            events.subjectLocated(caseId, caseId, RequestType.ERASURE, new Person(null, "Lukas Maier"), nameOnly,
                    List.of());
            await().atMost(PATIENCE).until(() -> planStatus() != null
                    && plan().getList("items.execution", String.class).contains("AWAITING_APPROVAL"));
            Object itemId = plan().getList("items.id").get(0);

            given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/redact")
                    .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("cannot be redacted"));
        }
        assertThat(Files.readAllLines(guestbook(), StandardCharsets.UTF_8)).as("the entry stays as it is")
                .contains("2\t2025-07-14\tlukas.maier@example.org\tLukas Maier\tGerne wieder.");
    }

    /** What the subject index hands on: the entries whose crawl carries her address, confirmed live. */
    private List<Finding> foundInGuestbook() throws Exception {
        StoreReader reader = stores.store("guestbook").orElseThrow().reader();
        List<RecordHit> hits = new ArrayList<>();
        reader.crawl(CrawlCursor.START, record -> {
            if (record.identifiers().contains(HER)) {
                hits.add(new RecordHit(record.reference(), MatchStrength.STRONG));
            }
        });
        return reader.find(hits);
    }

    /** Read when used, not injected: an injected property is required for every test class of the module. */
    private static Path guestbook() {
        return Path.of(ConfigProvider.getConfig().getValue("dsr.stores.plugins.guestbook.file", String.class));
    }

    private String planStatus() {
        var response = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan");
        return response.statusCode() == 200 ? response.jsonPath().getString("status") : null;
    }

    private JsonPath plan() {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan")
                .then().statusCode(200).extract().jsonPath();
    }
}

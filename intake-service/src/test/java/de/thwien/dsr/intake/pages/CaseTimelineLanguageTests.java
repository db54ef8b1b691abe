package de.thwien.dsr.intake.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.dashboard.StandInServices;
import de.thwien.dsr.platform.codec.EventCodec;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case page speaks the page's language all through: after a full erasure (verified, located, planned, erased,
 * confirmation sent) every timeline entry, the findings line and every row of the erasure plan read in German on the
 * German page and in English on the English one, with store and category names instead of ids and no raw code
 * ({@code REQUEST_RECEIVED}, {@code ERASE}, {@code PENDING}, {@code crm}, {@code accounting-voucher}) as text.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class CaseTimelineLanguageTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Person PERSON = new Person("someone@example.org", "Someone");

    /** An enum constant or code as it came: SNAKE_CASE, the plan's codes, store and category ids. */
    private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b"
            + "|\\b(?:ERASE|RESTRICT|KEEP|PENDING|AUTO|APPROVED|STRONG|WEAK|OPEN|COMPLETED|ERASED|RESTRICTED|KEPT)\\b"
            + "|\\bcrm\\b|[a-z]+-service\\b|accounting-voucher|general-correspondence|commercial-letter"
            + "|conference-recording");
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(?:received|request|records|erased|restricted"
            + "|kept|notice|sent|findings|searched|verified|identity|valid|until|due|approval|need|the|by|of|and"
            + "|erase|restrict|keep|open|mailbox|customer|invoice|voucher|requester)\\b");
    private static final Pattern GERMAN = Pattern.compile("(?i)\\b(?:eingegangen|eingang|frist|bis|gelöscht"
            + "|eingeschränkt|behalten|mitteilung|gesendet|fundstellen|durchsucht|bestätigt|identität|gültig|und"
            + "|der|die|das|über|freigabe|löschen|einschränken|offen|antwort|buchungsbeleg|rechnung)\\b");

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    StandInServices standIns;

    private final EventCodec codec = new EventCodec();

    @BeforeEach
    void erasureServiceHasAPlan() {
        standIns.erasure(ErasureServiceStub.withPlan("""
                {"status":"OPEN","items":[
                 {"id":1,"store":"crm","reference":"invoice/2024-17","retentionCategory":"accounting-voucher",
                  "matchStrength":"STRONG","action":"RESTRICT","reasonCode":"RETENTION_HOLD","holdUntil":"2033-01-01",
                  "approval":"AUTO","execution":"RESTRICTED"},
                 {"id":2,"store":"mail","reference":"INBOX/1/7","retentionCategory":"general-correspondence",
                  "matchStrength":"WEAK","action":"ERASE","reasonCode":"WEAK_MATCH_AWAITING_REVIEW",
                  "approval":"PENDING","execution":"AWAITING_APPROVAL"},
                 {"id":3,"store":"conference","reference":"recording/9","retentionCategory":"conference-recording",
                  "matchStrength":"STRONG","action":"ERASE","reasonCode":"NO_HOLD","approval":"AUTO",
                  "execution":"PENDING"}]}"""));
    }

    @AfterEach
    void erasureServiceNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void germanCasePageShowsEveryTimelineEntryAndPlanRowInGermanWithoutRawCodes() {
        String caseId = erasedAndConfirmedCase();

        Document page = casePage(caseId, "de");

        assertThat(page.select("ol.timeline li")).hasSizeGreaterThanOrEqualTo(7).allSatisfy(entry ->
                assertThat(withoutMessageIds(entry)).doesNotContainPattern(RAW_CODE).doesNotContainPattern(ENGLISH));
        assertThat(timelineText(page)).contains("Antrag eingegangen", "Eingang über Webformular",
                "Identität bestätigt", "Daten gesucht", "Kunden- und Rechnungsverwaltung: 1",
                "Löschplan: löschen: 1, einschränken: 1", "0 Datensätze gelöscht", "„Löschbestätigung“ gesendet",
                "Status: bestätigt → in Bearbeitung", "Antragsteller/in", "Ausführungsdienst");
        assertThat(page.selectFirst("#findings").text()).contains("2 Fundstellen", "E-Mail-Postfach: 1")
                .doesNotContainPattern(RAW_CODE).doesNotContainPattern(ENGLISH);
        assertThat(planRows(page)).hasSize(3).allSatisfy(row ->
                assertThat(row).doesNotContainPattern(RAW_CODE).doesNotContainPattern(ENGLISH));
        assertThat(planRows(page).get(0)).contains("Kunden- und Rechnungsverwaltung", "Buchungsbeleg (z. B. Rechnung)",
                "einschränken (gesetzliche Aufbewahrungspflicht)", "eingeschränkt");
        assertThat(planRows(page).get(1)).contains("E-Mail-Postfach", "nur Name", "löschen", "wartet auf Freigabe");
        assertThat(page.text()).contains("Status des Plans: offen");
        assertStoreAndCategoryNamesNotIds(page);
    }

    @Test
    void englishCasePageShowsEveryTimelineEntryAndPlanRowInEnglishWithoutRawCodes() {
        String caseId = erasedAndConfirmedCase();

        Document page = casePage(caseId, "en");

        assertThat(page.select("ol.timeline li")).hasSizeGreaterThanOrEqualTo(7).allSatisfy(entry ->
                assertThat(withoutMessageIds(entry)).doesNotContainPattern(RAW_CODE).doesNotContainPattern(GERMAN));
        assertThat(timelineText(page)).contains("Request received", "Received by web form", "Identity verified",
                "Data searched", "customer and invoice records: 1", "Erasure plan: erase: 1",
                "0 records erased", "\"Erasure confirmation\" sent", "Status: verified → in progress");
        assertThat(page.selectFirst("#findings").text()).contains("2 findings", "mailbox: 1")
                .doesNotContainPattern(RAW_CODE).doesNotContainPattern(GERMAN);
        assertThat(planRows(page)).hasSize(3).allSatisfy(row ->
                assertThat(row).doesNotContainPattern(RAW_CODE).doesNotContainPattern(GERMAN));
        assertThat(planRows(page).get(0)).contains("customer and invoice records", "accounting voucher (e.g. invoice)",
                "restrict (statutory retention duty)", "restricted");
        assertStoreAndCategoryNamesNotIds(page);
    }

    @Test
    void theCasesLanguageIsNamedInWordsOfThePagesLanguageNotAsItsCode() {
        String caseId = CaseTables.openCase("ERASURE");

        assertThat(casePage(caseId, "de").selectFirst("#case-channel").text()).contains("(Deutsch)")
                .doesNotContain("(de)");
        assertThat(casePage(caseId, "en").selectFirst("#case-channel").text()).contains("(German)")
                .doesNotContain("(de)");
    }

    @Test
    void planRowsNameEachRecordByStoreWhatItIsAndItsDateAndARoomAsARoomWithoutItsReferenceInTheStore() {
        standIns.erasure(ErasureServiceStub.withPlan("""
                {"status":"OPEN","items":[
                 {"id":1,"store":"crm","reference":"mail_message/1","retentionCategory":"commercial-letter",
                  "matchStrength":"STRONG","action":"RESTRICT","reasonCode":"RETENTION_HOLD","holdUntil":"2028-12-31",
                  "approval":"AUTO","execution":"RESTRICTED","retentionStart":"2022-04-04"},
                 {"id":2,"store":"mail","reference":"imap://info/INBOX;UIDVALIDITY=5/;UID=7",
                  "retentionCategory":"general-correspondence","matchStrength":"STRONG","action":"ERASE",
                  "reasonCode":"NO_HOLD","approval":"AUTO","execution":"ERASED","retentionStart":"2025-02-02"},
                 {"id":3,"store":"conference","reference":"rooms/abc-def-ghi","retentionCategory":"conference-account",
                  "matchStrength":"STRONG","action":"ERASE","reasonCode":"NO_HOLD","approval":"AUTO",
                  "execution":"ERASED","retentionStart":"2024-01-01"}]}"""));
        String caseId = CaseTables.openCase("ERASURE");

        Document german = casePage(caseId, "de");
        Document english = casePage(caseId, "en");

        for (Document page : List.of(german, english)) {
            assertThat(page.select("table.plan").text()).doesNotContain("mail_message", "imap://", "rooms/abc",
                    "UID=7");
        }
        assertThat(planRows(german).get(0)).contains("Kunden- und Rechnungsverwaltung", "2022-04-04", "Geschäftsbrief");
        assertThat(planRows(german).get(1)).contains("E-Mail-Postfach", "2025-02-02");
        assertThat(planRows(german).get(2)).contains("Konferenzraum").doesNotContain("Konto auf dem Konferenzserver");
        assertThat(planRows(english).get(2)).contains("conference room").doesNotContain("conference server account");
    }

    @Test
    void recordingsUnpublishedOnReceiptOfAWithdrawalAreOnTheTimelineInGermanAndEnglish() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("CONSENT_WITHDRAWAL");
        publish("/dsr/erasure-service", new ErasureEvents.RecordingsUnpublished(caseId, "conference",
                List.of("rec-1", "rec-2"), Instant.now()));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "RECORDINGS_UNPUBLISHED") == 1);

        Element german = casePage(caseId, "de").select("ol.timeline li").stream()
                .filter(entry -> entry.text().contains("Aufzeichnungen")).findFirst().orElseThrow();
        assertThat(german.text()).contains("Widerruf wirkt sofort (Art. 7 Abs. 3 DSGVO)",
                "Web-Konferenz-Server: 2 Aufzeichnungen nicht mehr veröffentlicht", "vor der Bestätigung der Identität", "Ausführungsdienst")
                .doesNotContainPattern(RAW_CODE).doesNotContainPattern(ENGLISH);
        Element english = casePage(caseId, "en").select("ol.timeline li").stream()
                .filter(entry -> entry.text().contains("recordings")).findFirst().orElseThrow();
        assertThat(english.text()).contains("Withdrawal takes effect at once (Art. 7(3) GDPR)",
                "web conference server: 2 recordings unpublished", "before the identity was confirmed")
                .doesNotContainPattern(RAW_CODE).doesNotContainPattern(GERMAN);
    }

    @Test
    void aWithdrawalThatFoundNoPublishedRecordingSaysSoAndCountsNoRecordings() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("CONSENT_WITHDRAWAL");
        publish("/dsr/erasure-service", new ErasureEvents.RecordingsUnpublished(caseId, "conference", List.of(),
                Instant.now()));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "RECORDINGS_UNPUBLISHED") == 1);

        String german = casePage(caseId, "de").select("ol.timeline").text();
        assertThat(german).contains("Web-Konferenz-Server: keine veröffentlichte Aufzeichnung gefunden")
                .doesNotContain("0 Aufzeichnungen", "vor der Bestätigung").doesNotContainPattern(RAW_CODE);
        String english = casePage(caseId, "en").select("ol.timeline").text();
        assertThat(english).contains("web conference server: no published recording found")
                .doesNotContain("0 recordings", "before the identity").doesNotContainPattern(RAW_CODE);
    }

    @Test
    void recordingsUnpublishedAfterTheIdentityWasConfirmedAreNotSaidToBeUnpublishedBeforeIt() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("CONSENT_WITHDRAWAL");
        given().when().post("/api/verification/" + tables.verificationToken(caseId)).then().statusCode(200);
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "IDENTITY_VERIFIED") == 1);
        publish("/dsr/erasure-service", new ErasureEvents.RecordingsUnpublished(caseId, "conference",
                List.of("rec-1"), Instant.now()));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "RECORDINGS_UNPUBLISHED") == 1);

        String german = casePage(caseId, "de").select("ol.timeline").text();
        assertThat(german).contains("Web-Konferenz-Server: 1 Aufzeichnung nicht mehr veröffentlicht, als der Antrag"
                        + " als Widerruf festgelegt wurde (Identität schon bestätigt)")
                .doesNotContain("vor der Bestätigung").doesNotContainPattern(RAW_CODE);
        String english = casePage(caseId, "en").select("ol.timeline").text();
        assertThat(english).contains("web conference server: 1 recording unpublished when the request was set as a"
                        + " withdrawal (identity already confirmed)")
                .doesNotContain("before the identity").doesNotContainPattern(RAW_CODE);
    }

    @Test
    void aRestrictedRecordErasedWhenNothingKeepsItIsNotSaidToBeLiftedBackIntoUse() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("RESTRICTION");
        publish("/dsr/erasure-service", new ErasureEvents.RestrictionLifted(caseId, "mail", "mail:Restricted:1:9",
                "erased: no retention hold keeps it", Instant.now(), true));
        publish("/dsr/erasure-service", new ErasureEvents.RestrictionLifted(caseId, "crm", "crm:res_partner:4",
                "lifted by the assistant after the requester was told (Art. 18(3) GDPR)", Instant.now(), false));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "RESTRICTED_RECORD_ERASED") == 1
                && tables.timelineEntries(caseId, "RESTRICTION_LIFTED") == 1);

        String german = casePage(caseId, "de").select("ol.timeline").text();
        assertThat(german).contains("Eingeschränkter Datensatz in E-Mail-Postfach gelöscht")
                .contains("Einschränkung in Kunden- und Rechnungsverwaltung aufgehoben")
                .doesNotContain("Einschränkung in E-Mail-Postfach aufgehoben").doesNotContainPattern(RAW_CODE);
        assertThat(casePage(caseId, "en").select("ol.timeline").text())
                .contains("Restricted record in mailbox erased").doesNotContainPattern(RAW_CODE);
    }

    @Test
    void aRestrictionsPlanAndItsExecutionAreNamedAsARestrictionNotAsAnErasure() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("RESTRICTION");
        given().when().post("/api/verification/" + tables.verificationToken(caseId)).then().statusCode(200);
        publish("/dsr/subject-index-service", new DiscoveryEvents.SubjectLocated(caseId, RequestType.RESTRICTION,
                "de", List.of("crm"), List.of(), new DiscoveryEvents.Located(PERSON, List.of(
                        finding("crm", "invoice/2024-17", "accounting-voucher")))));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "SUBJECT_LOCATED") == 1);
        publish("/dsr/erasure-service", new ErasureEvents.ErasurePlanned(caseId, List.of(
                planItem(ErasureEvents.PlannedAction.RESTRICT))));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "ERASURE_PLANNED") == 1);
        publish("/dsr/erasure-service", new ErasureEvents.RecordsErased(caseId, RequestType.RESTRICTION, "de",
                List.of(), List.of(), List.of(), List.of(), List.of(), PERSON));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "RECORDS_ERASED") == 1);

        Document german = casePage(caseId, "de");
        Document english = casePage(caseId, "en");

        assertThat(timelineText(german)).contains("Einschränkungsplan erstellt", "Einschränkungsplan: einschränken: 1",
                "Einschränkung ausgeführt").doesNotContain("Löschplan", "Löschung");
        assertThat(german.select("h2").eachText()).contains("Einschränkungsplan").doesNotContain("Löschplan");
        assertThat(timelineText(english)).contains("Restriction plan made", "Restriction plan: restrict: 1",
                "Restriction carried out").doesNotContain("Erasure plan", "Erasure carried out");
        assertThat(english.select("h2").eachText()).contains("Restriction plan").doesNotContain("Erasure plan");
    }

    /** No plan row shows a store id ({@code conference}) or a category id where a name belongs. */
    private static void assertStoreAndCategoryNamesNotIds(Document page) {
        List<String> ids = Stream.concat(Arrays.stream(StoreId.values()).map(StoreId::id),
                Arrays.stream(RetentionCategory.values()).map(RetentionCategory::id)).toList();
        assertThat(page.select("table.plan td.store, table.plan td.category").eachText()).hasSize(6)
                .doesNotContainAnyElementsOf(ids);
    }

    /** An erasure case taken through the whole flow, as the other services report it. */
    private String erasedAndConfirmedCase() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ERASURE");
        given().when().post("/api/verification/" + tables.verificationToken(caseId)).then().statusCode(200);
        publish("/dsr/subject-index-service", new DiscoveryEvents.SubjectLocated(caseId, RequestType.ERASURE, "de",
                List.of("mail", "crm"), List.of("conference"), new DiscoveryEvents.Located(PERSON, List.of(
                        finding("mail", "INBOX/1/7", "general-correspondence"),
                        finding("crm", "invoice/2024-17", "accounting-voucher")))));
        await().atMost(PATIENCE).until(() -> tables.status(caseId).equals("IN_PROGRESS"));
        publish("/dsr/erasure-service", new ErasureEvents.ErasurePlanned(caseId, List.of(
                planItem(ErasureEvents.PlannedAction.ERASE), planItem(ErasureEvents.PlannedAction.RESTRICT))));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "ERASURE_PLANNED") == 1);
        publish("/dsr/erasure-service", new ErasureEvents.RecordsErased(caseId, RequestType.ERASURE, "de", List.of(),
                List.of(), List.of(), List.of(), List.of(), PERSON));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "RECORDS_ERASED") == 1);
        publish("/dsr/notifier-service", new NoticeEvents.NoticeSent(caseId,
                NoticeEvents.NoticeKind.ERASURE_CONFIRMATION, UUID.randomUUID(), "<c@test>", Instant.now(), PERSON));
        await().atMost(PATIENCE).until(() -> tables.status(caseId).equals("RESPONDED"));
        return caseId;
    }

    private static Document casePage(String caseId, String language) {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        return Jsoup.parse(assistant.get("/dashboard/cases/" + caseId + "?lang=" + language).asString());
    }

    private static String timelineText(Document page) {
        return page.select("ol.timeline li").text();
    }

    /** An entry's text without the Message-ID it may name (an id, in no language). */
    private static String withoutMessageIds(Element entry) {
        return entry.text().replaceAll("<[^>]*>", "");
    }

    /** Each plan row's cells as text, without the record's reference in its store (an id) and the decision forms. */
    private static List<String> planRows(Document page) {
        return page.select("table.plan tbody tr").stream()
                .map(row -> row.select("td").stream().limit(8).filter(cell -> !cell.hasClass("mono"))
                        .map(Element::text).reduce("", (a, b) -> a + " | " + b))
                .toList();
    }

    private static Finding finding(String store, String reference, String category) {
        return new Finding(store, reference, List.of("email"), category, LocalDate.now(), "Art. 6(1)(b) GDPR",
                Finding.MatchStrength.STRONG, "a record");
    }

    private static ErasureEvents.PlanItem planItem(ErasureEvents.PlannedAction action) {
        return new ErasureEvents.PlanItem("crm", "contact/12", "general-correspondence", action, null,
                "Art. 17(1)(a) GDPR", "no longer needed", false, null, ErasureEvents.ReasonCode.NO_HOLD, List.of());
    }

    private void publish(String source, EventData data) {
        EventEnvelope envelope = EventEnvelope.of(source, Instant.now(), data);
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            probe.send(envelope.topic(), envelope.subject(), codec.headers(envelope), codec.encode(data));
        }
    }
}

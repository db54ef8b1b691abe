package de.thwien.dsr.notifier.recipients;

import static de.thwien.dsr.notifier.NotifierTestKit.PATIENCE;
import static de.thwien.dsr.notifier.NotifierTestKit.asAssistant;
import static de.thwien.dsr.notifier.NotifierTestKit.deliveries;
import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.requestReceived;
import static de.thwien.dsr.notifier.NotifierTestKit.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RectificationEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Art. 19 GDPR as recorded work: an erasure outcome opens one notification per (case, concerned recipient of the
 * register); sipgate is instructed by mail once, retried and bounce-tracked like every notice; the tax adviser the
 * operator added waits for the assistant; the data-centre operators are covered by the erasure on our own servers;
 * and the requester's confirmation names exactly the recipients with a recorded notification.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RecipientNotificationTests {

    private static final String SIPGATE = "sipgate GmbH";
    private static final String SIPGATE_CONTACT = "datenschutz@sipgate.de";
    private static final String TAX_ADVISER = "Steuerkanzlei Muster & Partner";
    private static final List<String> HOSTING = List.of("Hetzner Online GmbH", "Hetzner Finland Oy",
            "Symgenius GmbH & Co. KG");
    private static final String VOICEMAIL_REFERENCE = "imap://info/INBOX;UIDVALIDITY=17/;UID=4712";

    @Inject
    Pool pool;

    private NotifierTestKit kit;

    @BeforeEach
    void kit() {
        kit = new NotifierTestKit(pool);
    }

    @Test
    void anErasedVoicemailInstructsSipgateOnceWithoutOurMailboxReferenceHoweverOftenTheOutcomeArrives() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        EventEnvelope outcome = erasureOf(caseId, address);
        kit.publish(outcome);
        kit.publish(outcome);
        kit.awaitApplied(outcome);
        EventEnvelope again = kit.publish(voicemailAndInvoice(caseId, address));
        kit.awaitApplied(again);

        String reference = CaseReference.of(caseId);
        await().atMost(PATIENCE).until(() -> instructionsFor(reference).size() == 1
                && stateOf(caseId, SIPGATE).equals("INFORMED"));
        ReceivedMail instruction = instructionsFor(reference).get(0);
        assertThat(instruction.to()).containsExactly(SIPGATE_CONTACT);
        assertThat(instruction.text()).contains("Art. 19 DSGVO").contains("Art. 28 Abs. 3 lit. g DSGVO")
                .contains("Sprachnachricht vom 5. Februar 2026 im Postfach „info“: löschen")
                .doesNotContain(VOICEMAIL_REFERENCE).doesNotContain("unsere Referenz: imap")
                .contains("Verbindungsdaten (Rufnummer des Anrufers, Zeitpunkt, Dauer)")
                .doesNotContain(address).doesNotContain("Erika").doesNotContain("Mustermann")
                .doesNotContain("account_move/42");
        assertThat(deliveries(caseId)).filteredOn(entry -> "RECIPIENT_INSTRUCTION".equals(entry.get("kind")))
                .singleElement().satisfies(entry -> assertThat(entry).containsEntry("recipient", SIPGATE_CONTACT));
        assertThat(notifications(caseId)).extracting(n -> n.get("recipient") + ":" + n.get("channel"))
                .containsExactlyInAnyOrder(SIPGATE + ":MAIL", TAX_ADVISER + ":MANUAL", HOSTING.get(0) + ":HOSTING",
                        HOSTING.get(1) + ":HOSTING", HOSTING.get(2) + ":HOSTING");
    }

    @Test
    void sipgatesInstructionNamesTheVoicemailByTheCallsTimeAndTheCallerNumberAsItsMailShowedIt() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        // the located records (as the mail reader found them) come before the erasure's outcome
        EventEnvelope located = kit.publish(new DiscoveryEvents.SubjectLocated(caseId, RequestType.ERASURE, "de",
                List.of("mail", "crm"), List.of(), new DiscoveryEvents.Located(new Person(address, "Erika Mustermann"),
                        List.of(new Finding("mail", VOICEMAIL_REFERENCE, List.of("phone", "voice-recording"),
                                "voicemail", LocalDate.parse("2026-02-05"), "Art. 6(1)(f) GDPR",
                                Finding.MatchStrength.STRONG, "Mail in INBOX of 2026-02-05", List.of(),
                                Instant.parse("2026-02-05T13:32:00Z"), "+49 211 5550202")))));
        kit.awaitApplied(located);
        kit.publish(erasureOf(caseId, address));

        String reference = CaseReference.of(caseId);
        await().atMost(PATIENCE).until(() -> instructionsFor(reference).size() == 1);
        assertThat(instructionsFor(reference).get(0).text())
                .contains("Sprachnachricht zum Anruf vom 5. Februar 2026, 14:32 Uhr von der Rufnummer +49 211 5550202:"
                        + " löschen")
                .doesNotContain(VOICEMAIL_REFERENCE).doesNotContain("imap://").doesNotContain(address);
    }

    @Test
    void everyConfirmationNamesExactlyTheRecipientsWithARecordedNotificationAndTheDateTheyWereTold() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        EventEnvelope received = kit.publish(requestReceived(caseId, RequestType.ERASURE, address, "de", null));
        kit.awaitApplied(received);
        kit.publish(erasureOf(caseId, address));

        ReceivedMail first = awaitConfirmation(address, 1);
        String today = NoticeLanguage.DE.date(LocalDate.now(ZoneId.of("Europe/Berlin")));
        assertThat(art19Lines(first.text())).containsExactlyInAnyOrderElementsOf(recordedNames(caseId));
        // sipgate's instruction went out before the confirmation was composed; the tax adviser waits for the assistant
        assertThat(first.text()).contains("informiert haben wir:\n- " + SIPGATE + ", am " + today + "\n")
                .contains("Noch nicht abgeschlossen ist die Benachrichtigung von:\n- " + TAX_ADVISER + "\n")
                .contains("mit der Löschung auf unseren Servern sind sie auch bei ihnen gelöscht")
                .doesNotContain("Steuerberatung Beispiel GmbH").doesNotContain("niemandem offengelegt");

        await().atMost(PATIENCE).until(() -> stateOf(caseId, SIPGATE).equals("INFORMED"));
        asAssistant().contentType(ContentType.JSON)
                .body(Map.of("informedOn", "2026-03-03", "channel", "Brief"))
                .when().post("/api/deliveries/recipient-notifications/" + idOf(caseId, TAX_ADVISER) + "/confirmation")
                .then().statusCode(200);
        // the hold of the invoice ends later: the outcome of the deferred erasure is confirmed again
        kit.publish(voicemailAndInvoice(caseId, address));

        ReceivedMail second = awaitConfirmation(address, 2);
        assertThat(art19Lines(second.text())).containsExactlyInAnyOrderElementsOf(recordedNames(caseId));
        assertThat(second.text()).contains("informiert haben wir:\n- " + SIPGATE + ", am " + today + "\n- "
                        + TAX_ADVISER + ", am 3. März 2026")
                .doesNotContain("Noch nicht abgeschlossen");
    }

    @Test
    void theConfirmationIsComposedAfterSipgatesInstructionWentOutAndNamesItInformedOnThatDay() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        EventEnvelope received = kit.publish(requestReceived(caseId, RequestType.ERASURE, address, "de", null));
        kit.awaitApplied(received);
        kit.publish(erasureOf(caseId, address));

        ReceivedMail confirmation = awaitConfirmation(address, 1);
        String today = NoticeLanguage.DE.date(LocalDate.now(ZoneId.of("Europe/Berlin")));
        assertThat(confirmation.text()).contains("informiert haben wir:\n- " + SIPGATE + ", am " + today + "\n")
                .contains("Noch nicht abgeschlossen ist die Benachrichtigung von:\n- " + TAX_ADVISER + "\n");
        Map<String, Object> instruction = deliveries(caseId).stream()
                .filter(entry -> "RECIPIENT_INSTRUCTION".equals(entry.get("kind"))).findFirst().orElseThrow();
        Map<String, Object> confirmationEntry = deliveries(caseId).stream()
                .filter(entry -> "ERASURE_CONFIRMATION".equals(entry.get("kind"))).findFirst().orElseThrow();
        assertThat(Instant.parse((String) confirmationEntry.get("createdAt")))
                .isAfterOrEqualTo(Instant.parse((String) instruction.get("sentAt")));
    }

    @Test
    void aManualNotificationStaysOpenUntilTheAssistantConfirmsItWithDateAndChannelOnce() {
        String caseId = newCaseId();
        EventEnvelope outcome = erasureOf(caseId, uniqueAddress());
        kit.publish(outcome);
        kit.awaitApplied(outcome);
        assertThat(stateOf(caseId, TAX_ADVISER)).isEqualTo("OPEN");
        String id = idOf(caseId, TAX_ADVISER);

        confirm(id, Map.of("informedOn", LocalDate.now().plusDays(2).toString(), "channel", "Telefon"), 400);
        confirm(id, Map.of("informedOn", "2026-03-03"), 400);
        confirm(idOf(caseId, HOSTING.get(0)), Map.of("informedOn", "2026-03-03", "channel", "Brief"), 409);
        confirm("00000000-0000-4000-8000-000000000000", Map.of("informedOn", "2026-03-03", "channel", "Brief"), 404);
        confirm(id, Map.of("informedOn", "2026-03-03", "channel", "Brief"), 200);
        confirm(id, Map.of("informedOn", "2026-03-04", "channel", "Telefon"), 409);

        assertThat(notifications(caseId)).filteredOn(n -> TAX_ADVISER.equals(n.get("recipient"))).singleElement()
                .satisfies(n -> assertThat(n).containsEntry("state", "INFORMED")
                        .containsEntry("informedOn", "2026-03-03").containsEntry("informedVia", "Brief"));
    }

    @Test
    void aBouncedInstructionIsFailedOnTheCaseAndAlertsTheAssistant() {
        String caseId = newCaseId();
        EventEnvelope outcome = erasureOf(caseId, uniqueAddress());
        kit.publish(outcome);
        await().atMost(PATIENCE).until(() -> stateOf(caseId, SIPGATE).equals("INFORMED"));
        String messageId = (String) deliveries(caseId).stream()
                .filter(entry -> "RECIPIENT_INSTRUCTION".equals(entry.get("kind"))).findFirst().orElseThrow()
                .get("messageId");

        EventEnvelope bounce = kit.publish(new CaseEvents.NoticeBounced(caseId, NoticeKind.RECIPIENT_INSTRUCTION,
                messageId, "5.1.1", Instant.parse("2026-03-05T08:12:41Z"), null));
        kit.awaitApplied(bounce);

        assertThat(stateOf(caseId, SIPGATE)).isEqualTo("FAILED");
        await().atMost(PATIENCE).until(() -> deliveries(caseId).stream()
                .anyMatch(entry -> "ASSISTANT_ALERT".equals(entry.get("kind"))));
    }

    @Test
    void aRectificationTellsTheRecipientsOfTheCorrectedRecordsOnlyAndItsAnswerNamesThemAsRecorded() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        EventEnvelope received = kit.publish(requestReceived(caseId, RequestType.RECTIFICATION, address, "de", null));
        kit.awaitApplied(received);
        Instant at = Instant.parse("2026-03-20T10:00:00Z");
        // her partner row (hosted only) and an invoice the tax adviser holds are corrected; the voicemail cannot be
        EventEnvelope rectified = kit.publish(new RectificationEvents.RecordsRectified(
                caseId, "de", List.of(
                        new RectificationEvents.RectifiedRecord("crm", "res_partner/7", "customer-master-data",
                                LocalDate.parse("2021-05-03"), RectificationEvents.Outcome.CORRECTED,
                                List.of("street"), at),
                        new RectificationEvents.RectifiedRecord("crm", "account_move/42", "accounting-voucher",
                                LocalDate.parse("2019-06-10"), RectificationEvents.Outcome.CORRECTED,
                                List.of("street"), at),
                        new RectificationEvents.RectifiedRecord("mail", VOICEMAIL_REFERENCE, "voicemail",
                                LocalDate.parse("2026-02-05"), RectificationEvents.Outcome.CANNOT_BE_CHANGED,
                                List.of(), at)),
                new RectificationEvents.Rectification(new Person(address, "Erika Mustermann"), List.of(
                        new RectificationEvents.CorrectedValue("crm", "res_partner/7", "street", "Neue Straße 5"),
                        new RectificationEvents.CorrectedValue("crm", "account_move/42", "street", "Neue Straße 5")),
                        List.of(), List.of())));
        kit.awaitApplied(rectified);

        assertThat(notifications(caseId)).extracting(n -> n.get("recipient") + ":" + n.get("channel") + ":"
                        + n.get("state"))
                .containsExactlyInAnyOrder(TAX_ADVISER + ":MANUAL:OPEN", HOSTING.get(0) + ":HOSTING:COVERED",
                        HOSTING.get(1) + ":HOSTING:COVERED");
        ReceivedMail answer = await().atMost(PATIENCE).until(() -> kit.mailsFor(address).stream()
                .filter(mail -> mail.subject().startsWith("Berichtigung Ihrer Daten")).findFirst(),
                java.util.Optional::isPresent).get();
        assertThat(art19Lines(answer.text())).containsExactlyInAnyOrderElementsOf(recordedNames(caseId));
        assertThat(answer.text())
                .contains("noch nicht abgeschlossen ist ihre Unterrichtung über die Berichtigung:\n- " + TAX_ADVISER
                        + "\n")
                .contains("mit der Berichtigung auf unseren Servern ist sie auch bei ihnen erfolgt")
                .doesNotContain(SIPGATE);
        assertThat(kit.mailsFor(SIPGATE_CONTACT)).noneMatch(mail -> mail.subject().contains(CaseReference.of(caseId)));
    }

    /** A voicemail from her number erased, an invoice restricted; the event's own recipient list is ignored. */
    private static ErasureEvents.RecordsErased voicemailAndInvoice(String caseId, String address) {
        return new ErasureEvents.RecordsErased(caseId, RequestType.ERASURE, "de",
                List.of(new ErasureEvents.ErasedRecord("mail", VOICEMAIL_REFERENCE, "voicemail",
                        Instant.parse("2026-03-20T09:00:00Z"), LocalDate.parse("2026-02-05"))),
                List.of(new ErasureEvents.RestrictedRecord("crm", "account_move/42", "accounting-voucher",
                        "§147(1) Nr. 4, (3) AO", LocalDate.parse("2027-12-31"), LocalDate.parse("2028-01-01"),
                        LocalDate.parse("2019-06-10"), ErasureEvents.ReasonCode.RETENTION_HOLD)),
                List.of(), List.of(), List.of("Steuerberatung Beispiel GmbH"),
                new Person(address, "Erika Mustermann"));
    }

    private static EventEnvelope erasureOf(String caseId, String address) {
        return NotifierTestKit.envelope(voicemailAndInvoice(caseId, address));
    }

    private List<ReceivedMail> instructionsFor(String caseReference) {
        return kit.mailsFor(SIPGATE_CONTACT).stream()
                .filter(mail -> mail.subject().startsWith("Weisung zur Löschung") && mail.subject()
                        .contains(caseReference)).toList();
    }

    private ReceivedMail awaitConfirmation(String address, int count) {
        await().atMost(PATIENCE).until(() -> confirmations(address).size() >= count);
        return confirmations(address).get(count - 1);
    }

    private List<ReceivedMail> confirmations(String address) {
        return kit.mailsFor(address).stream()
                .filter(mail -> mail.subject().startsWith("Bestätigung der Löschung")).toList();
    }

    /** The names the Art. 19 block lists (informed, being informed, covered), without the dates. */
    private static List<String> art19Lines(String text) {
        String block = text.substring(text.indexOf("Empfänger Ihrer Daten (Art. 19 DSGVO):"),
                text.indexOf("Auf Ihren Wunsch teilen wir Ihnen mit, welche Empfänger"));
        List<String> names = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (line.startsWith("- ")) {
                names.add(line.substring(2).replaceAll(", am .*$", ""));
            }
        }
        return names;
    }

    private static List<String> recordedNames(String caseId) {
        return notifications(caseId).stream().map(n -> (String) n.get("recipient")).toList();
    }

    private static List<Map<String, Object>> notifications(String caseId) {
        return asAssistant().queryParam("caseId", caseId).when().get("/api/deliveries/recipient-notifications")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static String stateOf(String caseId, String recipient) {
        return notifications(caseId).stream().filter(n -> recipient.equals(n.get("recipient")))
                .map(n -> (String) n.get("state")).findFirst().orElse("NONE");
    }

    private static String idOf(String caseId, String recipient) {
        return notifications(caseId).stream().filter(n -> recipient.equals(n.get("recipient")))
                .map(n -> (String) n.get("id")).findFirst().orElseThrow();
    }

    private static void confirm(String id, Map<String, String> body, int status) {
        asAssistant().contentType(ContentType.JSON).body(body)
                .when().post("/api/deliveries/recipient-notifications/" + id + "/confirmation")
                .then().statusCode(status);
    }
}

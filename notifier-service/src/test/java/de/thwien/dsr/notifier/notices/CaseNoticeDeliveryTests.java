package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.NotifierTestKit.awaitAllSent;
import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.requestReceived;
import static de.thwien.dsr.notifier.NotifierTestKit.single;
import static de.thwien.dsr.notifier.NotifierTestKit.uniqueAddress;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.notifier.wording.CaseReference;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each trigger event yields exactly one mail, in the thread of the request mail when the case came by email. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class CaseNoticeDeliveryTests {

    private static final String REQUEST_MESSAGE_ID = "<request-4711@example.org>";

    @Inject
    Pool pool;

    private NotifierTestKit kit;

    @BeforeEach
    void kit() {
        kit = new NotifierTestKit(pool);
    }

    @Test
    void verificationLinkIsSentOnceInTheRequestThread() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ACCESS, address, "de", REQUEST_MESSAGE_ID));
        kit.publish(new CaseEvents.VerificationRequested(caseId, RequestType.ACCESS, "de",
                Instant.parse("2026-03-12T13:30:00Z"),
                new CaseEvents.VerificationLink(address, "Erika Mustermann", "https://thwien.de/verify/t-1")));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Bitte bestätigen Sie Ihren Auskunftsantrag");
        assertThat(mail.text()).contains("https://thwien.de/verify/t-1").contains("12. März 2026, 14:30 Uhr");
        assertThreaded(mail);
        assertThat(kit.mailsFor(address)).hasSize(2);
    }

    @Test
    void verificationReminderRepeatsTheLinkInTheRequestThread() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ERASURE, address, "en", REQUEST_MESSAGE_ID));
        kit.publish(new CaseEvents.VerificationReminderDue(caseId, "en", Instant.parse("2026-03-12T13:30:00Z"),
                new CaseEvents.VerificationLink(address, "Erika Mustermann", "https://thwien.de/verify/t-2")));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Reminder: please confirm your erasure request");
        assertThat(mail.text()).contains("https://thwien.de/verify/t-2");
        assertThreaded(mail);
    }

    @Test
    void extensionNoticeNamesReasonsAndNewDueDateInTheRequestThread() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ACCESS, address, "de", REQUEST_MESSAGE_ID));
        kit.publish(extension(caseId, address));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Verlängerung der Frist");
        // the subject names the request whose period is extended, as the case's contact knows it
        assertThat(mail.subject()).startsWith("Verlängerung der Frist für Ihren Auskunftsantrag (Vorgang ");
        assertThat(mail.text()).contains("Drei Systeme, zwei davon archiviert.").contains("5. Juni 2026");
        assertThreaded(mail);
    }

    @Test
    void extensionDeliveredTwiceIsSentOnce() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ACCESS, address, "de", null));
        EventEnvelope extended = NotifierTestKit.envelope(extension(caseId, address));
        kit.publish(extended);
        kit.publish(extended);
        EventEnvelope marker = kit.publish(new CaseEvents.RequestRejected(caseId, "de",
                CaseEvents.RejectionReason.OTHER, "Marker", new Person(address, null)));

        kit.awaitApplied(marker);
        awaitAllSent(caseId, 3);
        List<ReceivedMail> mails = kit.awaitMails(address, 3);
        assertThat(mails).filteredOn(m -> m.subject().startsWith("Verlängerung")).hasSize(1);
        assertThat(mails).hasSize(3);
    }

    @Test
    void refusalInEnglishNamesTheReasonsLdiNrwAndTheCourts() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ACCESS, address, "en", REQUEST_MESSAGE_ID));
        kit.publish(new CaseEvents.RequestRejected(caseId, "en", CaseEvents.RejectionReason.MANIFESTLY_UNFOUNDED,
                "You asked about a company we have never worked for.", new Person(address, "Erika Mustermann")));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "We will not take action on your access request (case ");
        // which request it refuses: received at 23:30 UTC on 4 March, i.e. on 5 March in Germany
        assertThat(mail.text()).contains("we will not take action on your request for access (Art. 15 GDPR),"
                + " received on 5 March 2026 (Art. 12(4) GDPR).");
        assertThat(mail.text()).contains("manifestly unfounded").contains("never worked for")
                .contains("Kavalleriestraße 2-4").contains("40213 Düsseldorf").contains("Art. 79 GDPR");
        assertThreaded(mail);
    }

    @Test
    void aLateRefusalTellsTheRequesterInHerMailThatItComesAfterTheDeadline() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ACCESS, address, "de", REQUEST_MESSAGE_ID));
        kit.publish(new CaseEvents.RequestRejected(caseId, "de", CaseEvents.RejectionReason.EXCESSIVE,
                "Fünfte gleichlautende Anfrage in diesem Monat.", LocalDate.parse("2026-04-07"),
                new Person(address, "Erika Mustermann")));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Ihr Auskunftsantrag: Wir werden nicht tätig (Vorgang ");
        assertThat(mail.text()).contains("Diese Mitteilung kommt nach Ablauf der Frist")
                .contains("also bis zum 7. April 2026 (Art. 12 Abs. 4 DSGVO)").contains("Art. 79 DSGVO");
    }

    @Test
    void identityNotConfirmedIsSentOnceInTheRequestThreadWithoutTheTypedName() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ERASURE, address, "en", REQUEST_MESSAGE_ID));
        EventEnvelope unconfirmed = NotifierTestKit.envelope(new CaseEvents.IdentityUnconfirmed(caseId,
                RequestType.ERASURE, "en", LocalDate.parse("2026-03-05"), new Person(address, "Erika Mustermann")));
        kit.publish(unconfirmed);
        kit.publish(unconfirmed);
        EventEnvelope marker = kit.publish(new CaseEvents.RequestRejected(caseId, "en",
                CaseEvents.RejectionReason.OTHER, "Marker", new Person(address, null)));

        kit.awaitApplied(marker);
        awaitAllSent(caseId, 3);
        List<ReceivedMail> mails = kit.awaitMails(address, 3);
        ReceivedMail mail = single(mails, "Identity not confirmed for your erasure request");
        assertThat(mail.text()).startsWith("Hello,").doesNotContain("Erika")
                .contains("erasure (Art. 17 GDPR)", "5 March 2026", "Reply to this email", "Art. 12(4) GDPR",
                        "Kavalleriestraße 2-4", "Art. 79 GDPR", CaseReference.of(caseId));
        assertThreaded(mail);
        assertThat(mails).hasSize(3);
    }

    @Test
    void aRequestTheAssistantClassifiedIsToldInGermanAndLaterNoticesNameItsKind() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.UNCLASSIFIED, address, "de", REQUEST_MESSAGE_ID));
        EventEnvelope classified = NotifierTestKit.envelope(new CaseEvents.RequestClassified(caseId,
                RequestType.ERASURE, null, "de", LocalDate.parse("2026-03-05"), LocalDate.parse("2099-04-07"),
                Instant.now(), new Person(address, "Erika Mustermann")));
        kit.publish(classified);
        kit.publish(classified);
        kit.publish(new CaseEvents.RequestRejected(caseId, "de", CaseEvents.RejectionReason.OTHER, "Marker",
                new Person(address, null)));

        awaitAllSent(caseId, 3);
        List<ReceivedMail> mails = kit.mailsFor(address);
        ReceivedMail mail = single(mails, "Ihr Schreiben vom 5. März 2026: Antrag auf Löschung (Vorgang "
                + CaseReference.of(caseId) + ")");
        assertThat(mail.text()).startsWith("Guten Tag,").doesNotContain("Erika")
                .contains("Ihr Schreiben vom 5. März 2026 behandeln wir als Antrag auf Löschung (Art. 17 DSGVO).",
                        "spätestens bis zum 7. April 2099 (Art. 12 Abs. 3 DSGVO)",
                        "Falls Sie etwas anderes gemeint haben", CaseReference.of(caseId));
        assertThreaded(mail);
        assertThat(single(mails, "Ihr Löschantrag: Wir werden nicht tätig").text())
                .as("the refusal names the kind now set")
                .contains("wir werden auf Ihren Antrag auf Löschung (Art. 17 DSGVO), eingegangen am");
        assertThat(mails).hasSize(3);
    }

    @Test
    void aLetterClassifiedAsAWithdrawalAfterItsMonthIsToldInEnglishWithItsEffectAndTheRightToComplain() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.UNCLASSIFIED, address, "en", REQUEST_MESSAGE_ID));
        kit.publish(new CaseEvents.RequestClassified(caseId, RequestType.CONSENT_WITHDRAWAL, null, "en",
                LocalDate.parse("2026-03-05"), LocalDate.parse("2026-04-07"), Instant.now(),
                new Person(address, "Erika Mustermann")));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Your message of 5 March 2026: withdrawal of consent (case "
                + CaseReference.of(caseId) + ")");
        assertThat(mail.text()).startsWith("Hello,")
                .contains("we treat your message of 5 March 2026 as your withdrawal of consent (Art. 7(3) GDPR).",
                        "Your withdrawal took effect when we received it on 5 March 2026",
                        "ended on 7 April 2026", "Kavalleriestraße 2-4", "If you meant something else");
        assertThreaded(mail);
    }

    @Test
    void accessAnswerLinksThePackageInTheRequestThread() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        EventEnvelope received = kit.publish(requestReceived(caseId, RequestType.ACCESS, address, "de",
                REQUEST_MESSAGE_ID));
        // dsr.discovery and dsr.erasure are not ordered against dsr.cases; in life the case is weeks old
        kit.awaitApplied(received);
        kit.publish(new DiscoveryEvents.AccessPackageReady(caseId, "de", "https://thwien.de/package/p-1",
                Instant.parse("2026-04-01T10:00:00Z"), new Person(address, "Erika Mustermann")));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Auskunft über Ihre Daten");
        assertThat(mail.text()).contains("https://thwien.de/package/p-1").contains("Hetzner Online GmbH");
        assertThat(mail.headers().keySet()).noneMatch(name -> name.equalsIgnoreCase("Content-Disposition"));
        assertThreaded(mail);
    }

    @Test
    void portabilityAnswerLinksTheExportInTheRequestThreadInEnglish() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        EventEnvelope received = kit.publish(requestReceived(caseId, RequestType.PORTABILITY, address, "en",
                REQUEST_MESSAGE_ID));
        kit.awaitApplied(received);
        kit.publish(new DiscoveryEvents.PortabilityPackageReady(caseId, "en", "https://thwien.de/package/p-2",
                Instant.parse("2026-04-01T10:00:00Z"), new Person(address, "Erika Mustermann"),
                List.of("mail", "crm", "conference"), List.of(), Map.of("mail", 1, "crm", 2, "conference", 0)));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Your data to take with you (Art. 20 GDPR");
        assertThat(mail.text()).contains("https://thwien.de/package/p-2", "mailbox: 1 record",
                "customer and invoice records: 2 records", "(Art. 20(2) GDPR)", "Art. 79 GDPR");
        assertThat(mail.headers().keySet()).noneMatch(name -> name.equalsIgnoreCase("Content-Disposition"));
        assertThreaded(mail);
    }

    @Test
    void erasureConfirmationNamesErasedRestrictedAndInformedRecipients() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        EventEnvelope received = kit.publish(requestReceived(caseId, RequestType.ERASURE, address, "de",
                REQUEST_MESSAGE_ID));
        // dsr.discovery and dsr.erasure are not ordered against dsr.cases; in life the case is weeks old
        kit.awaitApplied(received);
        kit.publish(NotifierTestKit.recordsErased(caseId, RequestType.ERASURE, null, address));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Bestätigung der Löschung Ihrer Daten");
        assertThat(mail.text()).contains("E-Mail vom 12. März 2024 im Postfach „info“")
                .contains("Buchungsbeleg (z. B. Rechnung) vom 10. Juni 2019")
                .contains("Rechtsgrundlage: Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 4, Abs. 3 AO")
                .contains("wird ab dem 1. Januar 2028 gelöscht")
                // Art. 19 as recorded, not as the event lists it: the data-centre operators host the erased records
                .contains("Hetzner Online GmbH").contains("Hetzner Finland Oy").contains("Symgenius GmbH & Co. KG")
                .doesNotContain("Steuerberatung Beispiel GmbH").doesNotContain("niemandem offengelegt")
                .contains("6 Monate")
                .contains("Grund: Die Daten passen nur dem Namen nach zu Ihnen")
                .contains("- Daten auf unserem Web-Konferenz-Server, Grund: Dieses System war bei der Suche nicht")
                .doesNotContain(NotifierTestKit.MAIL_REFERENCE, NotifierTestKit.INVOICE_REFERENCE, "imap://", "years")
                .doesNotContain(NotifierTestKit.ERASURE_SERVICE_WORDS.toArray(String[]::new))
                .doesNotContain("GDPR", "reason:");
        assertThreaded(mail);
    }

    @Test
    void consentWithdrawalIsConfirmedWithWhatContinuesOnWhichBasis() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        EventEnvelope received = kit.publish(requestReceived(caseId, RequestType.CONSENT_WITHDRAWAL, address,
                "en", REQUEST_MESSAGE_ID));
        // dsr.discovery and dsr.erasure are not ordered against dsr.cases; in life the case is weeks old
        kit.awaitApplied(received);
        kit.publish(NotifierTestKit.recordsErased(caseId, RequestType.CONSENT_WITHDRAWAL, null, address));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Confirmation of the withdrawal of your consent");
        assertThat(mail.text()).contains("The processing based on your consent has stopped")
                .contains("Invoicing and bookkeeping (invoices and other accounting vouchers) – legal basis:"
                        + " Art. 6(1)(c) GDPR (legal obligation) in conjunction with Section 147(1) No. 4")
                .contains("Accounting voucher (e.g. invoice) dated 10 June 2019 in our customer and invoice records")
                .contains("Legal basis: retention obligation under Section 147(1) No. 4 and (3) of the German Fiscal")
                .contains("reason: we do not process this data on the basis of your consent")
                .doesNotContain(NotifierTestKit.MAIL_REFERENCE, NotifierTestKit.MASTER_DATA_REFERENCE, "imap://",
                        "§147(1) Nr. 4")
                .doesNotContain(NotifierTestKit.ERASURE_SERVICE_WORDS.toArray(String[]::new))
                .doesNotContain("DSGVO", "Rechtsgrundlage", "Rechnungsstellung");
        assertThreaded(mail);
    }

    @Test
    void germanConsentWithdrawalIsConfirmedInGermanToTheLastReasonAndBasis() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        EventEnvelope received = kit.publish(requestReceived(caseId, RequestType.CONSENT_WITHDRAWAL, address,
                "de", REQUEST_MESSAGE_ID));
        kit.awaitApplied(received);
        kit.publish(NotifierTestKit.recordsErased(caseId, RequestType.CONSENT_WITHDRAWAL, null, address));

        awaitAllSent(caseId, 2);
        ReceivedMail mail = single(kit.mailsFor(address), "Bestätigung Ihres Widerrufs der Einwilligung");
        assertThat(mail.text()).contains("Verarbeitung auf Grundlage Ihrer Einwilligung haben wir beendet")
                .contains("Abrechnung und Buchführung (Rechnungen und andere Buchungsbelege) – Rechtsgrundlage:"
                        + " Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung) in Verbindung mit § 147 Abs. 1 Nr. 4")
                .contains("Grund: Wir verarbeiten diese Daten nicht aufgrund Ihrer Einwilligung")
                .contains("Grund: Dieses System war bei der Suche nicht erreichbar")
                .doesNotContain(NotifierTestKit.ERASURE_SERVICE_WORDS.toArray(String[]::new))
                .doesNotContain("GDPR", "legal basis", "reason:", "Rechnungsstellung");
        assertThreaded(mail);
    }

    @Test
    void lineBreaksInANameAddNoHeader() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        String injected = "Erika\r\nBcc: injected-" + caseId + "@example.org";
        kit.publish(new CaseEvents.RequestReceived(caseId, RequestType.ACCESS, "de", CaseEvents.Channel.WEB_FORM,
                Instant.parse("2026-03-04T23:30:00Z"), LocalDate.parse("2026-03-05"), LocalDate.parse("2026-04-07"),
                LocalDate.parse("2026-06-05"), "http://localhost/status/x", null, new Person(address, injected)));
        kit.publish(new CaseEvents.DeadlineExtended(caseId, "de", LocalDate.parse("2026-04-07"),
                LocalDate.parse("2026-06-05"), "Gründe", new Person(address, injected)));

        awaitAllSent(caseId, 2);
        List<ReceivedMail> mails = kit.mailsFor(address);
        assertThat(mails).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.header("Bcc")).isEmpty();
            assertThat(mail.to()).containsExactly(address);
        });
        assertThat(kit.mailsFor("injected-" + caseId + "@example.org")).isEmpty();
    }

    @Test
    void forgedRequestMessageIdIsNotCopiedIntoHeaders() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ACCESS, address, "de",
                "<a@b>\r\nBcc: forged-" + caseId + "@example.org"));

        awaitAllSent(caseId, 1);
        ReceivedMail mail = kit.awaitMails(address, 1).get(0);
        assertThat(mail.inReplyTo()).isEmpty();
        assertThat(mail.header("Bcc")).isEmpty();
        assertThat(kit.mailsFor("forged-" + caseId + "@example.org")).isEmpty();
    }

    @Test
    void deliveryLogShowsEachNoticeWithMessageIdHashAndText() throws Exception {
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ACCESS, address, "de", REQUEST_MESSAGE_ID));
        kit.publish(extension(caseId, address));

        List<Map<String, Object>> log = awaitAllSent(caseId, 2);
        assertThat(log).extracting(entry -> entry.get("kind")).containsExactly("ACKNOWLEDGEMENT", "EXTENSION");
        Map<String, Object> extension = log.get(1);
        assertThat(extension.get("recipient")).isEqualTo(address);
        assertThat(extension.get("inReplyTo")).isEqualTo(REQUEST_MESSAGE_ID);
        assertThat((String) extension.get("bodySha256")).hasSize(64);
        assertThat(extension.get("sentAt")).isNotNull();
        ReceivedMail mail = single(kit.mailsFor(address), "Verlängerung der Frist");
        assertThat(mail.messageId()).contains((String) extension.get("messageId"));

        String keptText = NotifierTestKit.asAssistant().when().get("/api/deliveries/" + extension.get("id"))
                .then().statusCode(200).extract().path("text");
        assertThat(keptText.strip()).isEqualTo(mail.text().strip());
        assertThat(sha256(keptText)).isEqualTo(extension.get("bodySha256"));
    }

    @Test
    void deliveryLogWithoutCaseIdIsABadRequest() {
        NotifierTestKit.asAssistant().when().get("/api/deliveries").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void deliveryLogIsOnlyForTheAssistant() {
        given().queryParam("caseId", newCaseId()).when().get("/api/deliveries").then().statusCode(401);
        given().auth().preemptive().basic("auditor", "demo-auditor").queryParam("caseId", newCaseId())
                .when().get("/api/deliveries").then().statusCode(403);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertThreaded(ReceivedMail mail) {
        assertThat(mail.inReplyTo()).contains(REQUEST_MESSAGE_ID);
        assertThat(mail.header("References")).contains(REQUEST_MESSAGE_ID);
    }

    private static CaseEvents.DeadlineExtended extension(String caseId, String address) {
        return new CaseEvents.DeadlineExtended(caseId, "de", LocalDate.parse("2026-04-07"),
                LocalDate.parse("2026-06-05"), "Drei Systeme, zwei davon archiviert.",
                new Person(address, "Erika Mustermann"));
    }
}

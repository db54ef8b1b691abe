package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.notices.ExpectedWords.inEither;
import de.thwien.dsr.events.CaseEvents.RejectionReason;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.notifier.assistant.AlertNotice;
import de.thwien.dsr.notifier.assistant.AttentionLine;
import de.thwien.dsr.notifier.assistant.DeadLetterLine;
import de.thwien.dsr.notifier.assistant.DigestLine;
import de.thwien.dsr.notifier.assistant.DigestNotice;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** One filled-in notice per kind and language, for the tests that go through every notice. */
final class NoticeSamples {

    private static final String CASE_ID = "1234abcd-0000-4000-8000-000000000000";

    private NoticeSamples() {
    }

    /** Every notice kind in every notice language, as arguments {@code (kind, language)}. */
    static Stream<Arguments> everyKindInEveryLanguage() {
        return Arrays.stream(NoticeKind.values()).flatMap(kind -> Arrays.stream(NoticeLanguage.values())
                .map(language -> Arguments.of(kind, language)));
    }

    /** The notice's data with every optional block that kind has, so that each paragraph is rendered. */
    static Object of(NoticeKind kind, NoticeLanguage language) {
        return of(kind, language, ControllerStatus.MERCHANT);
    }

    /** {@link #of(NoticeKind, NoticeLanguage)} for a controller who is or is not a merchant. */
    static Object of(NoticeKind kind, NoticeLanguage language, ControllerStatus status) {
        return switch (kind) {
            case ACKNOWLEDGEMENT -> new AcknowledgementNotice("DSR-1234ABCD", "Erika Mustermann",
                    language.yourRequest(RequestType.ACCESS), language.yourRequestPronoun(RequestType.ACCESS),
                    language.date(LocalDate.parse("2026-03-05")),
                    language.date(LocalDate.parse("2026-04-07")), "https://thwien.de/status/token");
            case REQUEST_CLASSIFIED -> RequestClassifiedNotice.of("DSR-1234ABCD", "Erika Mustermann",
                    RequestType.ACCESS, null, language, LocalDate.parse("2026-03-05"), LocalDate.parse("2026-04-07"),
                    false);
            case VERIFICATION_LINK, VERIFICATION_REMINDER -> new VerificationNotice("DSR-1234ABCD",
                    "Erika Mustermann", language.yourRequest(RequestType.ACCESS),
                    language.requestSubjectAccusative(RequestType.ACCESS), "https://thwien.de/verify/secret-token", language.dateTime(Instant.parse("2026-03-12T13:30:00Z")));
            case FIRST_CONTACT -> new FirstContactNotice("Erika Mustermann");
            case EXTENSION -> new ExtensionNotice("DSR-1234ABCD", "Erika Mustermann",
                    language.date(LocalDate.parse("2026-04-07")), language.date(LocalDate.parse("2026-06-05")),
                    "Daten in drei Systemen, zwei davon archiviert.",
                    language.requestSubjectAccusative(RequestType.ERASURE));
            case ACCESS_ANSWER -> AccessAnswers.answer(accessPackage(language, List.of("conference"), null), language);
            case ACCESS_FOLLOW_UP -> AccessAnswers.followUp(accessPackage(language, List.of(), List.of("conference")),
                    language);
            case ACCESS_STORES_NOT_SEARCHED -> AccessAnswers.storesNotSearched(new DiscoveryEvents.StoresNotSearched(
                    CASE_ID, RequestType.ACCESS, language.code(), List.of("conference"), 10,
                    new Person("erika@example.org", "Erika Mustermann")), language);
            case PORTABILITY_ANSWER -> PortabilityAnswers.answer(new DiscoveryEvents.PortabilityPackageReady(CASE_ID,
                    language.code(), "https://thwien.de/p/token-port", Instant.parse("2026-04-01T10:00:00Z"),
                    new Person("erika@example.org", "Erika Mustermann"), List.of("mail", "crm"), List.of("conference"),
                    Map.of("mail", 2, "crm", 1)), language);
            case ERASURE_CONFIRMATION -> ErasureConfirmations.of(
                    withAnItemTheAssistantDeclined(RequestType.ERASURE, language), recipientsTold(language), status, language);
            case CONSENT_WITHDRAWAL_CONFIRMATION -> ErasureConfirmations.of(
                    withAnItemTheAssistantDeclined(RequestType.CONSENT_WITHDRAWAL, language), recipientsTold(language), status,
                    language);
            case RESTRICTION_CONFIRMATION -> RestrictionNotices.confirmation(RestrictionSamples.restricted(
                    RestrictionGround.UNLAWFUL_PROCESSING, language.code()), recipientsTold(language), status, language);
            case RESTRICTION_LIFT_NOTICE -> RestrictionNotices.liftAnnounced(RestrictionSamples.liftAnnounced(
                    RestrictionGround.ACCURACY_CONTESTED, de.thwien.dsr.events.RestrictionEnd.RECTIFIED,
                    language.code()), status, language);
            case OBJECTION_ANSWER -> ObjectionAnswers.of(ObjectionSamples.answer(CASE_ID, language.code()),
                    recipientsTold(language), status, language);
            case RECTIFICATION_CONFIRMATION -> RectificationAnswers.of(RectificationSamples.rectified(language.code()),
                    recipientsTold(language), language);
            case RECIPIENT_INSTRUCTION -> recipientInstruction(language);
            case IDENTITY_NOT_CONFIRMED -> new IdentityNotConfirmedNotice("DSR-1234ABCD", null,
                    language.yourRequest(RequestType.ERASURE), language.requestSubject(RequestType.ERASURE),
                    language.date(LocalDate.parse("2026-03-05")));
            case REFUSAL -> new RefusalNotice("DSR-1234ABCD", "Erika Mustermann",
                    language.rejectionReason(RejectionReason.EXCESSIVE),
                    "Vierte gleichlautende Anfrage in diesem Monat.", language.yourRequest(RequestType.ERASURE),
                    language.requestSubject(RequestType.ERASURE), language.date(LocalDate.parse("2026-03-05")));
            case ASSISTANT_DIGEST -> new DigestNotice(language.date(LocalDate.parse("2026-04-01")),
                    List.of(new DigestLine("DSR-AAAA1111", "a", language.requestType(RequestType.ACCESS), "VERIFIED",
                            language.date(LocalDate.parse("2026-04-07")), 6)),
                    List.of(new DigestLine("DSR-BBBB2222", "b", language.requestType(RequestType.ERASURE),
                            "RECEIVED", language.date(LocalDate.parse("2026-03-30")), 2)),
                    List.of(new DeadLetterLine("dsr.cases.dlq", 2)),
                    List.of(new AttentionLine("DSR-CCCC3333", "c", language.requestType(RequestType.ACCESS),
                            "DELIVERY_FAILED", "1. April 2026, 09:00 Uhr")), 3L);
            case ASSISTANT_ALERT -> new AlertNotice("DSR-1234ABCD", CASE_ID, "ACCESS_ANSWER", 5,
                    "io.vertx.core.VertxException", "1. April 2026, 12:00 Uhr");
        };
    }

    /**
     * Every state of the Art. 19 block: sipgate informed on 20 March 2026, a tax adviser not yet, the data-centre
     * operators covered by the erasure on our servers.
     */
    static RecipientsTold recipientsTold(NoticeLanguage language) {
        return new RecipientsTold(
                List.of(new RecipientsTold.InformedRecipient("sipgate GmbH", language.date(LocalDate.parse("2026-03-20")))),
                List.of("Steuerberatung Beispiel GmbH"), List.of("Hetzner Online GmbH", "Hetzner Finland Oy"));
    }

    /** An instruction naming a voicemail to erase (by its call, as sipgate finds it) and an invoice to restrict. */
    static RecipientInstructionNotice recipientInstruction(NoticeLanguage language) {
        return new RecipientInstructionNotice("DSR-1234ABCD", "sipgate GmbH", List.of(
                new InstructedRecord(inEither(language,
                        "Sprachnachricht zum Anruf vom 5. Februar 2026, 14:32 Uhr von der Rufnummer +49 211 5550202",
                        "Voicemail message of the call on 5 February 2026, 14:32 (German time) from the number"
                                + " +49 211 5550202"), null, null, true),
                new InstructedRecord(inEither(language, "Buchungsbeleg vom 10. Juni 2019", "Voucher dated 10 June 2019"),
                        "account_move/42", language.date(LocalDate.parse("2027-12-31")), false)), true);
    }

    /** A package with records from the mailbox and the CRM, the conference server unavailable or searched again. */
    private static DiscoveryEvents.AccessPackageReady accessPackage(NoticeLanguage language,
            List<String> unavailable, List<String> searchedAgain) {
        return new DiscoveryEvents.AccessPackageReady(CASE_ID, language.code(), "https://thwien.de/p/token-xyz",
                Instant.parse("2026-04-01T10:00:00Z"), new Person("erika@example.org", "Erika Mustermann"),
                unavailable.isEmpty() ? List.of("mail", "crm", "conference") : List.of("mail", "crm"), unavailable,
                unavailable.isEmpty() ? Map.of("mail", 2, "crm", 1, "conference", 1) : Map.of("mail", 2, "crm", 1),
                searchedAgain);
    }

    /** A business letter the assistant keeps for a lawsuit (Art. 17(3)(e) GDPR), with her reasons. */
    static ErasureEvents.PlanItem keptForLegalClaims() {
        return new ErasureEvents.PlanItem("crm", "res_partner/7/mail_message/12", "commercial-letter",
                ErasureEvents.PlannedAction.KEEP, null, "Art. 6(1)(b) GDPR", "Lieferung 4711 ist Gegenstand einer Klage",
                false, LocalDate.parse("2025-05-05"), ErasureEvents.ReasonCode.LEGAL_CLAIMS,
                List.of(ErasureEvents.ProcessingBasis.CONTRACT));
    }

    /**
     * A mail of 12 March 2018 with an invoice attached, restricted as a whole until the voucher's hold ends (erased
     * from 1 January 2027); its body, of {@code bodyCategory}, goes from 1 January 2025 (a business letter) or, without
     * a hold of its own (general correspondence), at once (LEGAL.md §3).
     */
    static ErasureEvents.RestrictedRecord voucherMail(String bodyCategory) {
        boolean bodyHeld = "commercial-letter".equals(bodyCategory);
        return new ErasureEvents.RestrictedRecord("mail", "imap://info/INBOX.restricted;UIDVALIDITY=5/;UID=31",
                "accounting-voucher", "§147(1) Nr. 4, (3) AO; §257(1) Nr. 4, (4) HGB; §14b(1) UStG",
                LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-01"), LocalDate.parse("2018-03-12"),
                ErasureEvents.ReasonCode.RETENTION_HOLD, List.of(
                        new ErasureEvents.RestrictedPart(Finding.PartKind.BODY, bodyCategory,
                                LocalDate.parse(bodyHeld ? "2025-01-01" : "2026-04-01"), null),
                        new ErasureEvents.RestrictedPart(Finding.PartKind.ATTACHMENTS, "accounting-voucher",
                                LocalDate.parse("2027-01-01"), null)));
    }

    /**
     * {@link NotifierTestKit#recordsErased} and a record kept for legal claims: the notice adds Art. 12(4); and a
     * {@link #voucherMail} whose body and attachment go at different dates.
     */
    private static ErasureEvents.RecordsErased withAnItemTheAssistantDeclined(RequestType type,
            NoticeLanguage language) {
        ErasureEvents.RecordsErased erased = NotifierTestKit.recordsErased(CASE_ID, type, language.code(),
                "erika@example.org");
        List<ErasureEvents.PlanItem> kept = new ArrayList<>(erased.kept());
        kept.add(keptForLegalClaims());
        List<ErasureEvents.RestrictedRecord> restricted = new ArrayList<>(erased.restricted());
        restricted.add(voucherMail("commercial-letter"));
        return new ErasureEvents.RecordsErased(erased.caseId(), erased.requestType(), erased.language(),
                erased.records(), restricted, kept, erased.continuing(), erased.recipientsInformed(),
                erased.personal());
    }
}

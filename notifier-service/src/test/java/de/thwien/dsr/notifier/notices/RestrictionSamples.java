package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionEnd;
import de.thwien.dsr.events.RestrictionGround;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A restriction request's outcome and its lift, as erasure-service announces them, for the notice tests. */
final class RestrictionSamples {

    static final String CASE_ID = "1234abcd-0000-4000-8000-000000000000";

    private RestrictionSamples() {
    }

    /** Her mail, her customer record and a recording restricted; a name-only match kept for review. */
    static ErasureEvents.RecordsErased restricted(RestrictionGround ground, String language) {
        return new ErasureEvents.RecordsErased(CASE_ID, RequestType.RESTRICTION, language, List.of(), records(),
                List.of(new ErasureEvents.PlanItem("mail", "imap://info/INBOX;UIDVALIDITY=17/;UID=4800",
                        "general-correspondence", ErasureEvents.PlannedAction.KEEP, null, null,
                        "weak match (name only) awaiting review; if it is the person: restricted at the requester's"
                                + " request", true, LocalDate.parse("2025-02-01"),
                        ErasureEvents.ReasonCode.WEAK_MATCH_AWAITING_REVIEW, List.of())),
                List.of(), List.of(), new Person("erika@example.org", "Erika Mustermann"), List.of(), List.of(),
                ground);
    }

    /** Everything restricted as asked: nothing kept. */
    static ErasureEvents.RecordsErased restrictedAsAsked(RestrictionGround ground, String language) {
        ErasureEvents.RecordsErased all = restricted(ground, language);
        return new ErasureEvents.RecordsErased(all.caseId(), all.requestType(), all.language(), all.records(),
                all.restricted(), List.of(), List.of(), List.of(), all.personal(), List.of(), List.of(), ground);
    }

    /** Our compelling legitimate grounds on 18(1)(d), as the assistant wrote them down. */
    static final String OVERRIDING_GROUNDS = "Die Rechnungsdaten werden zur Abwehr der angekündigten Klage benötigt.";

    /** A lift for the reason that ends {@code ground}'s restriction (on 18(1)(d) with our grounds). */
    static ErasureEvents.RestrictionLiftAnnounced liftAnnounced(RestrictionGround ground, RestrictionEnd end,
            String language) {
        return new ErasureEvents.RestrictionLiftAnnounced(CASE_ID, language, ground, end, records(), "assistant",
                Instant.parse("2026-04-20T09:00:00Z"), ErasureEvents.LiftPersonal.of(
                        new Person("erika@example.org", "Erika Mustermann"),
                        end == RestrictionEnd.OVERRIDING_GROUNDS ? OVERRIDING_GROUNDS : null));
    }

    /**
     * A lift on 18(1)(a) as erasure-service announces it when a record's storage period ended while it was restricted:
     * a business letter of 2016 (its 6-year hold ended on 31 Dec 2022) erased instead, a letter of 2025 lifted.
     */
    static ErasureEvents.RestrictionLiftAnnounced liftWithAnExpiredRecord(String language) {
        return new ErasureEvents.RestrictionLiftAnnounced(CASE_ID, language, RestrictionGround.ACCURACY_CONTESTED,
                RestrictionEnd.CONFIRMED_ACCURATE, List.of(
                        new ErasureEvents.RestrictedRecord("mail", "imap://info/Restricted;UIDVALIDITY=5/;UID=12",
                                "commercial-letter", null, null, null, LocalDate.parse("2016-04-04"),
                                ErasureEvents.ReasonCode.ERASED_AFTER_HOLD),
                        new ErasureEvents.RestrictedRecord("mail", "imap://info/Restricted;UIDVALIDITY=5/;UID=13",
                                "commercial-letter", "Art. 18(1) GDPR: restricted at the data subject's request",
                                null, null, LocalDate.parse("2025-05-05"),
                                ErasureEvents.ReasonCode.RESTRICTION_REQUESTED)),
                "assistant", Instant.parse("2026-04-20T09:00:00Z"), ErasureEvents.LiftPersonal.of(
                        new Person("erika@example.org", "Erika Mustermann"), null));
    }

    /**
     * The end of a restriction on 18(1)(c) as erasure-service announces it: each record as the deletion concept had it
     * then, her mail erased (no hold), an invoice of 10 Jun 2019 kept under its hold, her master data alongside.
     */
    static ErasureEvents.RestrictionLiftAnnounced legalClaimsEnded(String language) {
        LocalDate holdUntil = LocalDate.parse("2027-12-31");
        LocalDate erasableFrom = LocalDate.parse("2028-01-01");
        return new ErasureEvents.RestrictionLiftAnnounced(CASE_ID, language, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS,
                RestrictionEnd.CLAIMS_NO_LONGER_NEEDED, List.of(
                        new ErasureEvents.RestrictedRecord("mail", "imap://info/Restricted;UIDVALIDITY=5/;UID=31",
                                "general-correspondence", null, null, null, LocalDate.parse("2024-03-12"),
                                ErasureEvents.ReasonCode.NO_HOLD),
                        new ErasureEvents.RestrictedRecord("crm", "account_move/12", "accounting-voucher",
                                "§147(1) Nr. 4, (3) AO; §14b(1) UStG", holdUntil, erasableFrom,
                                LocalDate.parse("2019-06-10"), ErasureEvents.ReasonCode.RETENTION_HOLD),
                        new ErasureEvents.RestrictedRecord("crm", "res_partner/7", "customer-master-data",
                                "Art. 17(3)(b), 18 GDPR: customer master data is kept while other records of the"
                                        + " person are on hold", holdUntil, erasableFrom,
                                LocalDate.parse("2018-01-01"), ErasureEvents.ReasonCode.MASTER_DATA_WHILE_HELD)),
                "assistant", Instant.parse("2026-04-20T09:00:00Z"), ErasureEvents.LiftPersonal.of(
                        new Person("erika@example.org", "Erika Mustermann"), null));
    }

    /**
     * The end of a restriction on 18(1)(c) with two mails carrying an invoice (LEGAL.md §3), told on 20 Apr 2026: one of
     * June 2019 whose body's hold (a business letter) has ended, so it goes now while its invoice is held to 2027; one
     * of March 2021 whose body goes in 2028 and its invoice in 2030.
     */
    static ErasureEvents.RestrictionLiftAnnounced legalClaimsEndedWithVoucherMails(String language) {
        return new ErasureEvents.RestrictionLiftAnnounced(CASE_ID, language, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS,
                RestrictionEnd.CLAIMS_NO_LONGER_NEEDED, List.of(
                        voucherMail(41, "2019-06-10", "2027-12-31", "2026-04-20", "2028-01-01"),
                        voucherMail(42, "2021-03-15", "2029-12-31", "2028-01-01", "2030-01-01")),
                "assistant", Instant.parse("2026-04-20T09:00:00Z"), ErasureEvents.LiftPersonal.of(
                        new Person("erika@example.org", "Erika Mustermann"), null));
    }

    private static ErasureEvents.RestrictedRecord voucherMail(int uid, String date, String holdUntil, String bodyFrom,
            String restFrom) {
        return new ErasureEvents.RestrictedRecord("mail", "imap://info/Restricted;UIDVALIDITY=5/;UID=" + uid,
                "accounting-voucher", "§147(1) Nr. 4, (3) AO; §14b(1) UStG", LocalDate.parse(holdUntil),
                LocalDate.parse(restFrom), LocalDate.parse(date), ErasureEvents.ReasonCode.RETENTION_HOLD, List.of(
                        new ErasureEvents.RestrictedPart(Finding.PartKind.BODY, "commercial-letter",
                                LocalDate.parse(bodyFrom), null),
                        new ErasureEvents.RestrictedPart(Finding.PartKind.ATTACHMENTS, "accounting-voucher",
                                LocalDate.parse(restFrom), null)));
    }

    /**
     * A lift on 18(1)(a) of a mail of June 2019 carrying an invoice: its body's period (a business letter) has ended,
     * so it is erased before the lift and only the invoice goes back into use.
     */
    static ErasureEvents.RestrictionLiftAnnounced liftOfAVoucherMailWithoutItsBody(String language) {
        return new ErasureEvents.RestrictionLiftAnnounced(CASE_ID, language, RestrictionGround.ACCURACY_CONTESTED,
                RestrictionEnd.CONFIRMED_ACCURATE, List.of(
                        new ErasureEvents.RestrictedRecord("mail", "imap://info/Restricted;UIDVALIDITY=5/;UID=43",
                                "accounting-voucher", "Art. 18(1) GDPR: restricted at the data subject's request",
                                null, null, LocalDate.parse("2019-06-10"),
                                ErasureEvents.ReasonCode.RESTRICTION_REQUESTED, List.of(
                                        new ErasureEvents.RestrictedPart(Finding.PartKind.BODY, "commercial-letter",
                                                LocalDate.parse("2026-04-20"), null),
                                        new ErasureEvents.RestrictedPart(Finding.PartKind.ATTACHMENTS,
                                                "accounting-voucher", null, null)))),
                "assistant", Instant.parse("2026-04-20T09:00:00Z"), ErasureEvents.LiftPersonal.of(
                        new Person("erika@example.org", "Erika Mustermann"), null));
    }

    /**
     * After the end of a restriction on 18(1)(c): her mail erased for no purpose left (Art. 17(1)(a)), the invoice
     * still restricted under its hold, as erasure-service's deferred erasure confirms it on the restriction's case.
     */
    static ErasureEvents.RecordsErased erasedAfterLegalClaims(String language) {
        ErasureEvents.RestrictionLiftAnnounced ended = legalClaimsEnded(language);
        return new ErasureEvents.RecordsErased(CASE_ID, RequestType.RESTRICTION, language,
                List.of(new ErasureEvents.ErasedRecord("mail", "imap://info/Restricted;UIDVALIDITY=5/;UID=31",
                        "general-correspondence", Instant.parse("2026-04-22T08:00:00Z"),
                        LocalDate.parse("2024-03-12"), true)),
                ended.records().subList(1, 3), List.of(), List.of(), List.of(),
                new Person("erika@example.org", "Erika Mustermann"), List.of());
    }

    private static List<ErasureEvents.RestrictedRecord> records() {
        String basis = "Art. 18(1) GDPR: restricted at the data subject's request";
        return List.of(
                new ErasureEvents.RestrictedRecord("mail", "imap://info/Restricted;UIDVALIDITY=5/;UID=31",
                        "general-correspondence", basis, null, null, LocalDate.parse("2024-03-12"),
                        ErasureEvents.ReasonCode.RESTRICTION_REQUESTED),
                new ErasureEvents.RestrictedRecord("crm", "res_partner/7", "customer-master-data", basis, null, null,
                        LocalDate.parse("2018-01-01"), ErasureEvents.ReasonCode.RESTRICTION_REQUESTED),
                new ErasureEvents.RestrictedRecord("conference", "recordings/rec-9", "conference-recording", basis,
                        null, null, LocalDate.parse("2026-03-03"), ErasureEvents.ReasonCode.RESTRICTION_REQUESTED));
    }
}

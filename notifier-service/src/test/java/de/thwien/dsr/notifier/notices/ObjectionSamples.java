package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code records.erased} of an objection case in which the assistant stopped two purposes (answering mails: a
 * mail erased; customer relationship: a business letter restricted under its hold) and continued one (the conference
 * server: an invitation, with her grounds); an invoice is processed on a legal obligation, which the objection does
 * not touch; it is held until 31 Dec 2027 (dated 10 Jun 2019, 8 years: LEGAL.md §3).
 */
final class ObjectionSamples {

    static final String GROUNDS_DE = "Die Einladung belegt, wer zur laufenden Schulung eingeladen hat; sie wird bis"
            + " zu deren Ende am 30. April benötigt.";
    static final String GROUNDS_EN = "The invitation shows who invited you to the training that is still running;"
            + " it is needed until the training ends on 30 April.";

    private ObjectionSamples() {
    }

    /** The answer to an objection for which nothing she objected to is processed: only what the objection misses. */
    static ErasureEvents.RecordsErased nothingToStop(String caseId, String language, List<ErasureEvents.PlanItem> kept,
            List<ErasureEvents.ErasedRecord> erased) {
        return new ErasureEvents.RecordsErased(caseId, RequestType.OBJECTION, language, erased, List.of(), kept,
                List.of(), List.of(), new Person("erika@example.org", "Erika Mustermann"));
    }

    static ErasureEvents.RecordsErased answer(String caseId, String language) {
        Instant erasedAt = Instant.parse("2026-03-20T09:00:00Z");
        return new ErasureEvents.RecordsErased(caseId, RequestType.OBJECTION, language,
                List.of(new ErasureEvents.ErasedRecord("mail", "imap://info/INBOX;UIDVALIDITY=17/;UID=4711",
                        "general-correspondence", erasedAt, LocalDate.parse("2024-03-12"))),
                List.of(new ErasureEvents.RestrictedRecord("mail", "imap://info/INBOX;UIDVALIDITY=17/;UID=4712",
                        "commercial-letter", "§147(1) Nr. 2, 3, (3) AO", LocalDate.parse("2030-12-31"),
                        LocalDate.parse("2031-01-01"), LocalDate.parse("2024-05-02"), ReasonCode.OBJECTION_UPHELD)),
                List.of(new ErasureEvents.PlanItem("conference", "invitations/4", "conference-account",
                                PlannedAction.KEEP, null, null, "en".equals(language) ? GROUNDS_EN : GROUNDS_DE, false,
                                LocalDate.parse("2026-01-15"), ReasonCode.COMPELLING_GROUNDS,
                                List.of(ProcessingBasis.LEGITIMATE_INTERESTS)),
                        new ErasureEvents.PlanItem("crm", "account_move/42", "accounting-voucher", PlannedAction.KEEP,
                                LocalDate.parse("2027-12-31"), "Art. 6(1)(c) GDPR (§147 AO, §257 HGB)",
                                "not processed on a legitimate"
                                + " interest", false, LocalDate.parse("2019-06-10"),
                                ReasonCode.NOT_PROCESSED_ON_LEGITIMATE_INTEREST,
                                List.of(ProcessingBasis.LEGAL_OBLIGATION))),
                List.of(), List.of(), new Person("erika@example.org", "Erika Mustermann"));
    }
}

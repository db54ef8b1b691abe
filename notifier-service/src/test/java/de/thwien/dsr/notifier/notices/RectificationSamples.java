package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RectificationEvents.CorrectedValue;
import de.thwien.dsr.events.RectificationEvents.Explanation;
import de.thwien.dsr.events.RectificationEvents.Outcome;
import de.thwien.dsr.events.RectificationEvents.Rectification;
import de.thwien.dsr.events.RectificationEvents.RecordsRectified;
import de.thwien.dsr.events.RectificationEvents.RectifiedRecord;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rectification as erasure-service reports it: her CRM partner row got a new street and postcode, her conference
 * account needed no change, a mail and a recording cannot be changed (a supplementary statement kept for the mail).
 */
final class RectificationSamples {

    static final String CASE_ID = "1234abcd-0000-4000-8000-000000000000";
    static final String STATEMENT = "Frau Mustermann wohnt seit dem 1. März 2026 in der Neuen Straße 5.";
    static final String NO_CHANGE_REASON = "Der Name im Konferenzkonto ist richtig geschrieben.";

    static final String INFORMED = "Steuerkanzlei Muster & Partner";
    static final LocalDate INFORMED_ON = LocalDate.parse("2026-03-21");
    static final String BEING_INFORMED = "Beispiel Versand GmbH";
    static final String NOT_REACHED = "Beispiel Druck GmbH";

    private RectificationSamples() {
    }

    /** The Art. 19 block as the case's recorded notifications give it: one of each state. */
    static RecipientsTold recipientsTold(NoticeLanguage language) {
        return new RecipientsTold(List.of(new RecipientsTold.InformedRecipient(INFORMED, language.date(INFORMED_ON))),
                List.of(BEING_INFORMED), List.of(NOT_REACHED), List.of("Hetzner Online GmbH", "Hetzner Finland Oy"));
    }

    static RecordsRectified rectified(String language) {
        Instant at = Instant.parse("2026-03-20T10:00:00Z");
        return new RecordsRectified(CASE_ID, language, List.of(
                new RectifiedRecord("crm", "res_partner/7", "customer-master-data", LocalDate.parse("2021-05-03"),
                        Outcome.CORRECTED, List.of("street", "zip"), at),
                new RectifiedRecord("conference", "users/00000000-0000-0000-0000-0000000000a1", "conference-account",
                        null, Outcome.NO_CHANGE_NEEDED, List.of(), at),
                new RectifiedRecord("mail", "imap://info/INBOX;UIDVALIDITY=1/;UID=4", "general-correspondence",
                        LocalDate.parse("2024-03-12"), Outcome.CANNOT_BE_CHANGED, List.of(), at),
                new RectifiedRecord("conference", "recordings/rec-1", "conference-recording",
                        LocalDate.parse("2026-03-03"), Outcome.CANNOT_BE_CHANGED, List.of(), at)),
                new Rectification(new Person("erika@example.org", "Erika Mustermann"),
                        List.of(new CorrectedValue("crm", "res_partner/7", "street", "Neue Straße 5"),
                                new CorrectedValue("crm", "res_partner/7", "zip", "40885")),
                        List.of(new Explanation("conference", "users/00000000-0000-0000-0000-0000000000a1",
                                NO_CHANGE_REASON)),
                        List.of(new Explanation("mail", "imap://info/INBOX;UIDVALIDITY=1/;UID=4", STATEMENT))));
    }

    /** Everything corrected as she asked: nothing refused. */
    static RecordsRectified allCorrected(String language) {
        RecordsRectified all = rectified(language);
        return new RecordsRectified(CASE_ID, language, List.of(all.records().get(0)),
                new Rectification(all.personal().person(), all.personal().corrected(), List.of(), List.of()));
    }

    static final String ACCOUNT = "users/00000000-0000-0000-0000-0000000000a1";
    static final String INVOICE_STATEMENT = "Die Rechnungsanschrift lautet richtig Neue Straße 5, 40885 Ratingen.";

    /**
     * A mixed rectification as the outside review found it on the local stack: her CRM partner and her won lead
     * corrected (the lead kept as long as a business letter, and a CRM message on it of the same day that cannot be
     * changed), a posted invoice that may not be altered (with a supplementary statement), a mail that cannot be
     * changed, and her Greenlight account's name and e-mail corrected.
     */
    static RecordsRectified mixed(String language) {
        Instant at = Instant.parse("2026-03-20T10:00:00Z");
        LocalDate leadDay = LocalDate.parse("2024-03-12");
        return new RecordsRectified(CASE_ID, language, List.of(
                new RectifiedRecord("crm", "res_partner/7", "customer-master-data", LocalDate.parse("2021-05-03"),
                        Outcome.CORRECTED, List.of("street"), at),
                new RectifiedRecord("crm", "crm_lead/3", "commercial-letter", leadDay, Outcome.CORRECTED,
                        List.of("street"), at),
                new RectifiedRecord("crm", "mail_message/9", "commercial-letter", leadDay,
                        Outcome.CANNOT_BE_CHANGED, List.of(), at),
                new RectifiedRecord("crm", "account_move/21", "accounting-voucher", LocalDate.parse("2025-02-10"),
                        Outcome.CANNOT_BE_CHANGED, List.of(), at),
                new RectifiedRecord("mail", "imap://info/INBOX;UIDVALIDITY=1/;UID=4", "commercial-letter", leadDay,
                        Outcome.CANNOT_BE_CHANGED, List.of(), at),
                new RectifiedRecord("conference", ACCOUNT, "conference-account", LocalDate.parse("2023-01-09"),
                        Outcome.CORRECTED, List.of("email", "name"), at)),
                new Rectification(new Person("erika@example.org", "Erika Mustermann"),
                        List.of(new CorrectedValue("crm", "res_partner/7", "street", "Neue Straße 5"),
                                new CorrectedValue("crm", "crm_lead/3", "street", "Neue Straße 5"),
                                new CorrectedValue("conference", ACCOUNT, "email", "erika.neu@example.org"),
                                new CorrectedValue("conference", ACCOUNT, "name", "Erika Musterfrau")),
                        List.of(),
                        List.of(new Explanation("crm", "account_move/21", INVOICE_STATEMENT))));
    }
}

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
}

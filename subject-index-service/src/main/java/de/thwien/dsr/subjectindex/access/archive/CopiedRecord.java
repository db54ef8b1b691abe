package de.thwien.dsr.subjectindex.access.archive;

import de.thwien.dsr.events.Finding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One record as the package's index page shows it: what the finding says about it, how long it is kept, its files
 * in the ZIP and, for a mail, its readable text; for a row, its fields.
 *
 * @param kind            what the store calls it ({@code message}, {@code res_partner} …)
 * @param date            the record's date (the one its retention starts from)
 * @param mail            headers and text of a mail, or {@code null}
 * @param emlFile         the mail exactly as stored, or {@code null}
 * @param attachmentFiles the mail's attachments as files
 * @param tableFile       the CSV file holding this row, or {@code null}
 * @param fields          a row's fields in the store's order (empty for a mail)
 * @param playbackUrl     where a conference recording can be watched, or {@code null}
 */
public record CopiedRecord(Finding finding, String kind, LocalDate date, Retention retention, Mail mail,
        String emlFile, List<String> attachmentFiles, String tableFile, Map<String, String> fields,
        String playbackUrl) {

    /**
     * @param textShortened the text was cut for the page; the whole of it is in the .eml file
     * @param redacted      other people's addresses and names are blacked out ({@link ThirdPartyData#BAR}); there
     *                      is no .eml file
     */
    public record Mail(String subject, String from, String to, String cc, String sent, String text,
            boolean textShortened, boolean redacted) {

        /** A mail copied as stored. */
        public Mail(String subject, String from, String to, String cc, String sent, String text,
                boolean textShortened) {
            this(subject, from, to, cc, sent, text, textShortened, false);
        }
    }
}

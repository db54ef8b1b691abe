package de.thwien.dsr.notifier.wording;

import java.time.LocalDate;
import java.util.Set;

/**
 * How a notice names one of the requester's records: what it is, of when and where we keep it, e.g.
 * "E-Mail vom 12. März 2024 im Postfach „info“ – Geschäftsbrief" or "Buchungsbeleg (z. B. Rechnung) vom
 * 10. Juni 2019 in unserer Kunden- und Rechnungsverwaltung". A record's technical reference (IMAP URL, table
 * and key, user id) means nothing to a requester and stays out of the notice; so does anything of a record's
 * content. The description is built from what the erasure events carry openly: store, retention category and
 * the record's date.
 */
public final class RecordDescriptions {

    /** Records that are not dated documents: the date that starts their retention means nothing to the reader. */
    private static final Set<String> UNDATED = Set.of("customer-master-data", "conference-account");
    /** Records whose plain-language name already says where they are kept. */
    private static final Set<String> PLACED_BY_NAME = Set.of("conference-account");
    private static final String MAIL = "mail";
    private static final String VOICEMAIL = "voicemail";
    private static final String IMAP_URL = "imap://";

    private RecordDescriptions() {
    }

    /**
     * @param reference only read for the name of our mailbox a mail is in, never shown
     * @param recordDate the record's date (the retention start the events carry), null where unknown
     */
    public static String of(String store, String reference, String retentionCategory, LocalDate recordDate,
            NoticeLanguage language) {
        String category = retentionCategory == null ? "" : retentionCategory;
        StringBuilder description = new StringBuilder(what(store, category, language));
        if (recordDate != null && !UNDATED.contains(category)) {
            description.append(language.pick(" vom ", " dated ")).append(language.date(recordDate));
        }
        if (store != null && !store.isBlank() && !PLACED_BY_NAME.contains(category)) {
            description.append(' ').append(where(store, reference, language));
        }
        if (MAIL.equals(store) && knownCategory(category, language) && !VOICEMAIL.equals(category)) {
            // a mail's kind (business letter, invoice ...) is what decides how long it is kept
            description.append(" – ").append(language.retentionCategory(category));
        }
        return description.toString();
    }

    private static String what(String store, String category, NoticeLanguage language) {
        if (MAIL.equals(store)) {
            return VOICEMAIL.equals(category) ? language.pick("Sprachnachricht", "Voicemail message")
                    : language.pick("E-Mail", "Email");
        }
        if (knownCategory(category, language)) {
            String name = language.retentionCategory(category);
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        return language.pick("Daten", "Data");
    }

    private static String where(String store, String reference, NoticeLanguage language) {
        return switch (store) {
            case MAIL -> mailbox(reference, language);
            case "crm" -> language.pick("in unserer Kunden- und Rechnungsverwaltung",
                    "in our customer and invoice records");
            case "conference" -> language.pick("auf unserem Web-Konferenz-Server", "on our web conference server");
            default -> language.pick("in unserem System „" + store + "“", "in our system “" + store + "”");
        };
    }

    /** The mailbox is the account of the mail's IMAP URL ({@code imap://<account>/<folder>;UIDVALIDITY=…}). */
    private static String mailbox(String reference, NoticeLanguage language) {
        if (reference != null && reference.startsWith(IMAP_URL)) {
            int end = reference.indexOf('/', IMAP_URL.length());
            if (end > IMAP_URL.length()) {
                String account = reference.substring(IMAP_URL.length(), end);
                return language.pick("im Postfach „" + account + "“", "in our mailbox “" + account + "”");
            }
        }
        return language.pick("in unserem E-Mail-Postfach", "in our mailbox");
    }

    private static boolean knownCategory(String category, NoticeLanguage language) {
        return !category.isBlank() && !category.equals(language.retentionCategory(category));
    }
}

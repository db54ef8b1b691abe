package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.events.StoreName;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private static final Set<RetentionCategory> UNDATED =
            EnumSet.of(RetentionCategory.CUSTOMER_MASTER_DATA, RetentionCategory.CONFERENCE_ACCOUNT);
    /** Records whose plain-language name already says where they are kept. */
    private static final Set<RetentionCategory> PLACED_BY_NAME = EnumSet.of(RetentionCategory.CONFERENCE_ACCOUNT);
    private static final String IMAP_URL = "imap://";
    /**
     * Greenlight tables whose records share the account's retention category but are not the account: named by
     * what they are (a room, an access to another's room, an invitation), so an erased room does not read as a
     * second erased account. The table is the first segment of the record's reference ({@code rooms/<id>}).
     */
    private static final Set<String> CONFERENCE_RECORD_KINDS = Set.of("rooms", "shared_accesses", "invitations");

    /**
     * CRM tables that hold files (Odoo's {@code ir_attachment}): a draft invoice and the PDF made of it share category
     * and date, so the file is named as a file and the two lines of a notice differ.
     */
    private static final Set<String> CRM_FILE_TABLES = Set.of("ir_attachment");

    /**
     * CRM tables whose records the retention category does not describe: a won lead is kept as long as a business
     * letter, but it is an enquiry (an opportunity), not a letter; a message on it shares its category and date. Named
     * by what they are, so that two records of one answer never read alike. The table is the first segment of the
     * record's reference ({@code crm_lead/<id>}).
     */
    private static final Set<String> CRM_RECORD_KINDS = Set.of("crm_lead", "mail_message", "mail_mail", "sale_order");

    private RecordDescriptions() {
    }

    /**
     * @param reference only read for the name of our mailbox a mail is in, never shown
     * @param recordDate the record's date (the retention start the events carry), null where unknown
     */
    public static String of(String store, String reference, String retentionCategory, LocalDate recordDate,
            NoticeLanguage language) {
        return of(store, reference, retentionCategory, recordDate, List.of(), language);
    }

    /**
     * @param storeNames the stores' names as their types declared them (the event's), for a store that is none of
     *                   the contract's {@link StoreId}s; without one it is "another of our systems", never its id
     */
    public static String of(String store, String reference, String retentionCategory, LocalDate recordDate,
            List<StoreName> storeNames, NoticeLanguage language) {
        Optional<RetentionCategory> category = RetentionCategory.find(retentionCategory);
        boolean mail = StoreId.find(store).filter(StoreId.MAIL::equals).isPresent();
        Optional<String> conferenceKind = conferenceKind(store, reference);
        Optional<String> crmKind = crmKind(store, reference);
        String description = conferenceKind.map(kind -> language.text("record.conference." + kind))
                .or(() -> crmKind.map(kind -> language.text("record.crm." + kind)))
                .orElseGet(() -> what(mail, category, language));
        if (recordDate != null && category.filter(UNDATED::contains).isEmpty()) {
            description = language.text("record.dated",
                    Map.of("record", description, "date", language.date(recordDate)));
        }
        if (crmFile(store, reference)) {
            description = language.text("record.file", Map.of("record", description));
        }
        if (store != null && !store.isBlank()
                && (conferenceKind.isPresent() || category.filter(PLACED_BY_NAME::contains).isEmpty())) {
            description += " " + where(store, reference, storeNames, language);
        }
        if (mail && category.isPresent() && category.get() != RetentionCategory.VOICEMAIL) {
            // a mail's kind (business letter, invoice ...) is what decides how long it is kept
            description += " – " + language.retentionCategory(retentionCategory);
        }
        return description;
    }

    /** Whether the record is a file in the CRM (its reference's table, {@code ir_attachment/<id>}). */
    private static boolean crmFile(String store, String reference) {
        if (StoreId.find(store).filter(StoreId.CRM::equals).isEmpty() || reference == null) {
            return false;
        }
        int slash = reference.indexOf('/');
        String table = slash < 0 ? reference : reference.substring(0, slash);
        return CRM_FILE_TABLES.contains(table.substring(table.lastIndexOf(':') + 1));
    }

    /** The kind of a CRM record its retention category does not describe, from its reference's table. */
    private static Optional<String> crmKind(String store, String reference) {
        return tableOf(StoreId.CRM, store, reference).filter(CRM_RECORD_KINDS::contains);
    }

    /** The table a reference of a known store starts with ({@code <table>/<key>}). */
    static Optional<String> tableOf(StoreId expected, String store, String reference) {
        if (StoreId.find(store).filter(expected::equals).isEmpty() || reference == null) {
            return Optional.empty();
        }
        int slash = reference.indexOf('/');
        return Optional.of(slash < 0 ? reference : reference.substring(0, slash));
    }

    /** The kind of a conference record other than the account and a recording, from its reference's table. */
    private static Optional<String> conferenceKind(String store, String reference) {
        return tableOf(StoreId.CONFERENCE, store, reference).filter(CONFERENCE_RECORD_KINDS::contains);
    }

    private static String what(boolean mail, Optional<RetentionCategory> category, NoticeLanguage language) {
        if (mail) {
            return category.filter(RetentionCategory.VOICEMAIL::equals).isPresent()
                    ? language.text("record.voicemail") : language.text("record.mail");
        }
        if (category.isPresent()) {
            String name = language.retentionCategory(category.get().id());
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        return language.text("record.data");
    }

    private static String where(String store, String reference, List<StoreName> storeNames,
            NoticeLanguage language) {
        return StoreId.find(store).map(known -> switch (known) {
            case MAIL -> mailbox(reference, language);
            case CRM, CONFERENCE -> language.text("place." + known.name());
        }).orElseGet(() -> language.declaredName(store, storeNames)
                .map(name -> language.text("place.otherSystem", Map.of("store", name)))
                .orElseGet(() -> language.text("place.anotherSystem")));
    }

    /** The mailbox is the account of the mail's IMAP URL ({@code imap://<account>/<folder>;UIDVALIDITY=…}). */
    private static String mailbox(String reference, NoticeLanguage language) {
        if (reference != null && reference.startsWith(IMAP_URL)) {
            int end = reference.indexOf('/', IMAP_URL.length());
            if (end > IMAP_URL.length()) {
                String account = reference.substring(IMAP_URL.length(), end);
                return language.text("place.namedMailbox", Map.of("mailbox", account));
            }
        }
        return language.text("place.ourMailbox");
    }
}

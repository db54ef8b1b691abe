package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.subjectindex.access.archive.CopiedRecord;
import de.thwien.dsr.subjectindex.access.archive.PackageContents;
import de.thwien.dsr.subjectindex.access.archive.Retention;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copy of the demo customer Jana Becker as the package writer hands it to {@code index.html}: a business letter
 * with an invoice attached, a general enquiry, her customer account, an invoice, her conference account and a
 * recording, with the findings' (English) legal bases and ids exactly as the stores report them.
 */
final class DemoCustomerCopy {

    static final LocalDate MADE_ON = LocalDate.of(2026, 3, 5);

    private DemoCustomerCopy() {
    }

    static PackageContents in(String language) {
        return new PackageContents(language, MADE_ON, List.of(letter(), enquiry(), account(), invoice(),
                crmMessage(), conferenceAccount(), recording()), List.of());
    }

    /**
     * Her copy with the columns the stores export as they are stored (CRM chatter's kind and internal flag, an
     * invoice's link to her account and its amount as a number, the conference account's provider, language code and
     * status number, a recording's visibility, state and flag), after a search of all three stores.
     */
    static PackageContents withColumnsAsStored(String language) {
        CopiedRecord message = crmMessage();
        Map<String, String> messageFields = new LinkedHashMap<>(message.fields());
        messageFields.put("message_type", "email");
        messageFields.put("is_internal", "false");
        CopiedRecord invoice = invoice();
        Map<String, String> invoiceFields = new LinkedHashMap<>(invoice.fields());
        invoiceFields.put("partner_id", "3");
        invoiceFields.put("amount_total", "2017.05");
        CopiedRecord account = conferenceAccount();
        Map<String, String> accountFields = new LinkedHashMap<>(account.fields());
        accountFields.put("provider", "greenlight");
        accountFields.put("status", "0");
        CopiedRecord recording = recording();
        Map<String, String> recordingFields = new LinkedHashMap<>(recording.fields());
        recordingFields.put("visibility", "Unpublished");
        recordingFields.put("bbbState", "unpublished");
        recordingFields.put("bbbPublished", "false");
        return new PackageContents(language, MADE_ON, List.of(withFields(message, messageFields),
                withFields(invoice, invoiceFields), withFields(account, accountFields),
                withFields(recording, recordingFields)), List.of(), List.of("mail", "crm", "conference"));
    }

    /**
     * Her copy with a conference room of hers (kept with her account) and an invoice that carries Odoo's internal
     * numbers of her customer account and addresses.
     */
    static PackageContents withRoomAndPartnerNumbers(String language) {
        CopiedRecord invoice = invoice();
        Map<String, String> invoiceFields = new LinkedHashMap<>(invoice.fields());
        invoiceFields.put("commercial_partner_id", "4711");
        invoiceFields.put("partner_shipping_id", "4712");
        invoiceFields.put("partner_invoice_id", "4713");
        Finding roomFinding = new Finding("conference", "rooms/9", List.of("name", "conference-room"),
                "conference-account", LocalDate.of(2025, 11, 3), "Art. 6(1)(b) GDPR (contract)",
                MatchStrength.STRONG, "Greenlight room");
        Map<String, String> roomFields = new LinkedHashMap<>();
        roomFields.put("name", "Beratung Becker");
        CopiedRecord room = new CopiedRecord(roomFinding, "rooms", LocalDate.of(2025, 11, 3),
                new Retention(Retention.Kind.DECIDED_BY_CATEGORY, RetentionCategory.CONFERENCE_ACCOUNT, null, null),
                null, null, List.of(), "tables/table-5.csv", roomFields, null);
        return new PackageContents(language, MADE_ON, List.of(withFields(invoice, invoiceFields), conferenceAccount(),
                room), List.of(), List.of("mail", "crm", "conference"));
    }

    /**
     * Her copy with a conference room and three recordings as Greenlight and BigBlueButton export them, ids included:
     * one published that she alone took part in, one unpublished of hers alone, one published with two others.
     */
    static PackageContents withRoomAndRecordings(String language) {
        Finding roomFinding = new Finding("conference", "rooms/9", List.of("name", "conference-room"),
                "conference-account", LocalDate.of(2025, 11, 3), "Art. 6(1)(b) GDPR (contract)",
                MatchStrength.STRONG, "Greenlight room");
        Map<String, String> roomFields = new LinkedHashMap<>();
        roomFields.put("name", "Beratung Becker");
        roomFields.put("friendly_id", "jbe-x7k-q2m-lp4");
        roomFields.put("meeting_id", "0f7c5e0e8b4d1a2c3e4f5a6b7c8d9e0f1a2b3c4d");
        roomFields.put("last_session", "2026-03-01T09:00:00Z");
        CopiedRecord room = new CopiedRecord(roomFinding, "rooms", LocalDate.of(2025, 11, 3),
                new Retention(Retention.Kind.DECIDED_BY_CATEGORY, RetentionCategory.CONFERENCE_ACCOUNT, null, null),
                null, null, List.of(), "tables/table-5.csv", roomFields, null);
        return new PackageContents(language, MADE_ON, List.of(room,
                recording("0f7c5e0e8b4d1a2c3e4f5a6b7c8d9e0f1a2b3c4d-1709283600000", "Kundengespräch", "1", true),
                recording("0f7c5e0e8b4d1a2c3e4f5a6b7c8d9e0f1a2b3c4d-1709370000000", "Nachbesprechung", "1", false),
                recording("0f7c5e0e8b4d1a2c3e4f5a6b7c8d9e0f1a2b3c4d-1709456400000", "Workshop", "3", true)),
                List.of(), List.of("conference"));
    }

    private static CopiedRecord recording(String recordId, String name, String participants, boolean published) {
        Finding finding = new Finding("conference", "recordings/" + recordId, List.of("recording", "voice", "image"),
                "conference-recording", LocalDate.of(2026, 3, 1), "Art. 6(1)(a) GDPR (consent to the recording)",
                MatchStrength.STRONG, "Recording " + recordId);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("record_id", recordId);
        fields.put("room_id", "5a1d2c3b-0000-4000-8000-00000000a9e1");
        fields.put("visibility", published ? "Published" : "Unpublished");
        fields.put("length", "42");
        fields.put("participants", participants);
        fields.put("recorded_at", "2026-03-01T09:00:00Z");
        fields.put("bbbState", published ? "published" : "unpublished");
        fields.put("bbbPublished", String.valueOf(published));
        return new CopiedRecord(finding, "recordings", LocalDate.of(2026, 3, 1),
                new Retention(Retention.Kind.STORAGE_LIMIT, RetentionCategory.CONFERENCE_RECORDING, null,
                        LocalDate.of(2026, 3, 15)),
                null, null, List.of(), "tables/table-4.csv", fields, "https://bbb.example/playback/" + name);
    }

    private static CopiedRecord withFields(CopiedRecord record, Map<String, String> fields) {
        return new CopiedRecord(record.finding(), record.kind(), record.date(), record.retention(), record.mail(),
                record.emlFile(), record.attachmentFiles(), record.tableFile(), fields, record.playbackUrl());
    }

    /** "store reference" of a supplier's mail that names her, confirmed by the assistant from a name match. */
    static final String SUPPLIERS_MAIL_NAMING_HER = "mail info/INBOX/1/12";

    /** Her copy with a supplier's mail that only names her (a name match the assistant confirmed). */
    static PackageContents withASuppliersMailNamingHer(String language) {
        Finding finding = new Finding("mail", "info/INBOX/1/12", List.of("name", "message-content"),
                "commercial-letter", LocalDate.of(2026, 2, 24), "Art. 6(1)(b) GDPR (contract)",
                MatchStrength.STRONG, "Mail in INBOX of 2026-02-24: Lieferverzug");
        CopiedRecord mail = new CopiedRecord(finding, "message", LocalDate.of(2026, 2, 24),
                new Retention(Retention.Kind.DECIDED_BY_CATEGORY, RetentionCategory.COMMERCIAL_LETTER, null, null),
                new CopiedRecord.Mail("Lieferverzug", "Lieferant <info@lieferant.example>", "info@thwien.de", null,
                        "2026-02-24T08:00:00Z", "wie mit Frau Jana Becker besprochen, liefern wir später.", false),
                "emails/001 Lieferverzug 12.eml", List.of(), null, Map.of(), null);
        return new PackageContents(language, MADE_ON, List.of(mail, enquiry()), List.of());
    }

    /** Her copy with a mail of 3 May 2022 that carries an invoice: its text a business letter, the invoice a voucher. */
    static PackageContents withAnInvoiceMail(String language) {
        return new PackageContents(language, MADE_ON, List.of(invoiceMail(RetentionCategory.COMMERCIAL_LETTER,
                new Retention(Retention.Kind.HOLD, RetentionCategory.COMMERCIAL_LETTER, LocalDate.of(2028, 12, 31),
                        LocalDate.of(2029, 1, 1)))), List.of());
    }

    /** The same mail whose text concerns no transaction (general correspondence): only the invoice is held. */
    static PackageContents withAnInvoiceMailWithoutALetter(String language) {
        return new PackageContents(language, MADE_ON, List.of(invoiceMail(RetentionCategory.GENERAL_CORRESPONDENCE,
                new Retention(Retention.Kind.DECIDED_BY_CATEGORY, RetentionCategory.GENERAL_CORRESPONDENCE, null,
                        null))), List.of());
    }

    private static CopiedRecord invoiceMail(RetentionCategory textCategory, Retention textRetention) {
        Finding finding = new Finding("mail", "info/INBOX/1/8", List.of("email", "name", "message-content", "invoice"),
                "accounting-voucher", LocalDate.of(2022, 5, 3), "Art. 6(1)(b) GDPR (contract)", MatchStrength.STRONG,
                "Received mail", List.of(new Finding.Part(Finding.PartKind.BODY, textCategory.id()),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")));
        Retention attachments = new Retention(Retention.Kind.HOLD, RetentionCategory.ACCOUNTING_VOUCHER,
                LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 1));
        return new CopiedRecord(finding, "message", LocalDate.of(2022, 5, 3),
                new Retention(Retention.Kind.HOLD, RetentionCategory.ACCOUNTING_VOUCHER, LocalDate.of(2030, 12, 31),
                        LocalDate.of(2031, 1, 1), List.of(
                                new Retention.PartRetention(Finding.PartKind.BODY, textRetention),
                                new Retention.PartRetention(Finding.PartKind.ATTACHMENTS, attachments))),
                new CopiedRecord.Mail("Rechnung INV/2022/0031", "Thomas Wien <info@thwien.de>",
                        "Jana Becker <jana.becker@example.net>", null, "3. Mai 2022, 09:00",
                        "Guten Tag Frau Becker,\n\nanbei die Rechnung zu Ihrem Auftrag.\n\nThomas Wien", false),
                "emails/001 Rechnung INV 2022 0031 8.eml", List.of("attachments/001-1 Rechnung_INV-2022-0031.pdf"),
                null, Map.of(), null);
    }

    /** The copy of someone who is no customer and left only one voicemail. */
    static PackageContents ofAVoicemailOnly(String language) {
        Finding finding = new Finding("mail", "voicemail/INBOX/1/3", List.of("phone", "voice"), "voicemail",
                LocalDate.of(2026, 2, 27), "Art. 6(1)(f) GDPR (legitimate interest)", MatchStrength.STRONG,
                "Voicemail");
        CopiedRecord voicemail = new CopiedRecord(finding, "message", LocalDate.of(2026, 2, 27),
                new Retention(Retention.Kind.DECIDED_BY_CATEGORY, RetentionCategory.VOICEMAIL, null, null),
                new CopiedRecord.Mail("Sprachnachricht von 0211 1234567", "sipgate <voicemail@sipgate.de>",
                        "info@thwien.de", null, "2026-02-27T16:40:00Z", "Neue Sprachnachricht (0:21)", false),
                "emails/001 Sprachnachricht 3.eml", List.of("attachments/001-1 voicemail.mp3"), null, Map.of(),
                null);
        return new PackageContents(language, MADE_ON, List.of(voicemail), List.of());
    }

    /** The copy of someone who is no customer and wrote one general enquiry. */
    static PackageContents ofOneGeneralMail(String language) {
        return new PackageContents(language, MADE_ON, List.of(enquiry()), List.of());
    }

    private static CopiedRecord letter() {
        Finding finding = new Finding("mail", "info/INBOX/1/7", List.of("email", "name", "message-content"),
                "commercial-letter", LocalDate.of(2024, 2, 1), "Art. 6(1)(b) GDPR (contract)", MatchStrength.STRONG,
                "Sent mail");
        return new CopiedRecord(finding, "message", LocalDate.of(2024, 2, 1),
                new Retention(Retention.Kind.HOLD, RetentionCategory.COMMERCIAL_LETTER, LocalDate.of(2030, 12, 31),
                        LocalDate.of(2031, 1, 1)),
                new CopiedRecord.Mail("Rechnung INV/2024/0007", "Thomas Wien <info@thwien.de>",
                        "Jana Becker <jana.becker@example.net>", null, "1. Februar 2024, 10:15",
                        "Guten Tag Frau Becker,\n\nanbei Ihre Rechnung.\n\nMit freundlichen Grüßen\nThomas Wien", false),
                "emails/001 Rechnung INV 2024 0007 7.eml", List.of("attachments/001-1 Rechnung_INV-2024-0007.pdf"),
                null, Map.of(), null);
    }

    private static CopiedRecord enquiry() {
        Finding finding = new Finding("mail", "info/INBOX/1/9", List.of("email", "name", "message-content"),
                "general-correspondence", LocalDate.of(2026, 2, 20), "Art. 6(1)(f) GDPR (legitimate interest)",
                MatchStrength.STRONG, "Received mail");
        return new CopiedRecord(finding, "message", LocalDate.of(2026, 2, 20),
                new Retention(Retention.Kind.DECIDED_BY_CATEGORY, RetentionCategory.GENERAL_CORRESPONDENCE, null,
                        null),
                new CopiedRecord.Mail("Frage zur Wartung", "Jana Becker <jana.becker@example.net>",
                        "info@thwien.de", null, "2026-02-20T08:02:00Z",
                        "Hallo Herr Wien,\n\nwann passt Ihnen die Wartung im März?\n\nViele Grüße\nJana Becker",
                        false),
                "emails/002 Frage zur Wartung 9.eml", List.of(), null, Map.of(), null);
    }

    private static CopiedRecord account() {
        Finding finding = new Finding("crm", "res_partner/1", List.of("name", "email", "phone", "address"),
                "customer-master-data", LocalDate.of(2019, 5, 2), "Art. 6(1)(b) GDPR (contract)",
                MatchStrength.STRONG, "CRM partner");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Jana Becker");
        fields.put("email", "jana.becker@example.net");
        fields.put("phone", "+49 211 5550123");
        fields.put("street", "Königsallee 12");
        fields.put("zip", "40212");
        fields.put("city", "Düsseldorf");
        return new CopiedRecord(finding, "res_partner", LocalDate.of(2019, 5, 2),
                new Retention(Retention.Kind.UNTIL_LAST_HOLD, RetentionCategory.CUSTOMER_MASTER_DATA,
                        LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 1)),
                null, null, List.of(), "tables/table-1.csv", fields, null);
    }

    private static CopiedRecord invoice() {
        Finding finding = new Finding("crm", "account_move/7", List.of("name", "address", "invoice"),
                "accounting-voucher", LocalDate.of(2019, 6, 10), "Art. 6(1)(c) GDPR (legal obligation, § 147 AO)",
                MatchStrength.STRONG, "CRM invoice");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "7");
        fields.put("partner_id", "1");
        fields.put("move_type", "out_invoice");
        fields.put("name", "INV/2019/0031");
        fields.put("invoice_date", "2019-06-10");
        fields.put("amount_total", "1.190,00 €");
        fields.put("state", "posted");
        return new CopiedRecord(finding, "account_move", LocalDate.of(2019, 6, 10),
                new Retention(Retention.Kind.HOLD, RetentionCategory.ACCOUNTING_VOUCHER, LocalDate.of(2027, 12, 31),
                        LocalDate.of(2028, 1, 1)),
                null, null, List.of(), "tables/table-2.csv", fields, null);
    }

    /** A message in the CRM as Odoo stores it: HTML body, UTC time without zone, the technical model and ids. */
    private static CopiedRecord crmMessage() {
        Finding finding = new Finding("crm", "mail_message/26", List.of("email", "message-content"),
                "general-correspondence", LocalDate.of(2017, 3, 5), "Art. 6(1)(b) GDPR (contract)",
                MatchStrength.STRONG, "CRM message of 2017-03-05T09:30");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "26");
        fields.put("model", "res.partner");
        fields.put("res_id", "1");
        fields.put("author_id", "1");
        fields.put("email_from", "jana.becker@example.net");
        fields.put("subject", "Rückruf");
        fields.put("body", "<p>Bitte rufen Sie mich zur&uuml;ck.<br>Danke &amp; Gr&#252;&#xDF;e</p>");
        fields.put("date", "2017-03-05T09:30");
        return new CopiedRecord(finding, "mail_message", LocalDate.of(2017, 3, 5),
                new Retention(Retention.Kind.DECIDED_BY_CATEGORY, RetentionCategory.GENERAL_CORRESPONDENCE, null,
                        null),
                null, null, List.of(), "tables/table-3.csv", fields, null);
    }

    private static CopiedRecord conferenceAccount() {
        Finding finding = new Finding("conference", "users/4", List.of("name", "email", "conference-account"),
                "conference-account", LocalDate.of(2025, 11, 3), "Art. 6(1)(b) GDPR (contract)",
                MatchStrength.STRONG, "Greenlight user");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Jana Becker");
        fields.put("email", "jana.becker@example.net");
        fields.put("language", "de");
        return new CopiedRecord(finding, "users", LocalDate.of(2025, 11, 3),
                new Retention(Retention.Kind.DECIDED_BY_CATEGORY, RetentionCategory.CONFERENCE_ACCOUNT, null, null),
                null, null, List.of(), "tables/table-3.csv", fields, null);
    }

    private static CopiedRecord recording() {
        Finding finding = new Finding("conference", "recordings/3", List.of("recording", "voice", "image"),
                "conference-recording", LocalDate.of(2026, 3, 1), "Art. 6(1)(a) GDPR (consent to the recording)",
                MatchStrength.STRONG, "Recording");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Kundengespräch");
        fields.put("length", "42");
        return new CopiedRecord(finding, "recordings", LocalDate.of(2026, 3, 1),
                new Retention(Retention.Kind.STORAGE_LIMIT, RetentionCategory.CONFERENCE_RECORDING, null,
                        LocalDate.of(2026, 3, 15)),
                null, null, List.of(), "tables/table-4.csv", fields, "https://bbb.example/playback/3");
    }
}

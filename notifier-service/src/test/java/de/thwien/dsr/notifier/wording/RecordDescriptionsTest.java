package de.thwien.dsr.notifier.wording;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.StoreName;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordDescriptionsTest {

    private static final String MAIL_REFERENCE = "imap://info/INBOX;UIDVALIDITY=17/;UID=4711";

    @Test
    void mailIsNamedByItsDateOurMailboxAndItsKindInGerman() {
        assertThat(RecordDescriptions.of("mail", MAIL_REFERENCE, "commercial-letter", parse("2024-03-12"),
                NoticeLanguage.DE)).isEqualTo("E-Mail vom 12. März 2024 im Postfach „info“ – Geschäftsbrief");
    }

    @Test
    void mailIsNamedByItsDateOurMailboxAndItsKindInEnglish() {
        assertThat(RecordDescriptions.of("mail", MAIL_REFERENCE, "commercial-letter", parse("2024-03-12"),
                NoticeLanguage.EN)).isEqualTo("Email dated 12 March 2024 in our mailbox “info” – business letter");
    }

    @Test
    void aWonLeadIsNamedAsALeadNotAsTheBusinessLetterItIsKeptAsAndReadsOtherThanAMessageOfTheSameDay() {
        assertThat(RecordDescriptions.of("crm", "crm_lead/3", "commercial-letter", parse("2024-03-12"),
                NoticeLanguage.DE))
                .isEqualTo("Lead bzw. Verkaufschance vom 12. März 2024 in unserer Kunden- und Rechnungsverwaltung");
        assertThat(RecordDescriptions.of("crm", "crm_lead/3", "commercial-letter", parse("2024-03-12"),
                NoticeLanguage.EN))
                .isEqualTo("Lead or sales opportunity dated 12 March 2024 in our customer and invoice records");
        assertThat(RecordDescriptions.of("crm", "mail_message/9", "commercial-letter", parse("2024-03-12"),
                NoticeLanguage.DE))
                .isEqualTo("Nachricht vom 12. März 2024 in unserer Kunden- und Rechnungsverwaltung");
    }

    @Test
    void invoiceInTheCrmIsNamedAsVoucherOfItsDate() {
        assertThat(RecordDescriptions.of("crm", "account_move/42", "accounting-voucher", parse("2019-06-10"),
                NoticeLanguage.DE))
                .isEqualTo("Buchungsbeleg (z. B. Rechnung) vom 10. Juni 2019 in unserer Kunden- und Rechnungsverwaltung");
        assertThat(RecordDescriptions.of("crm", "account_move/42", "accounting-voucher", parse("2019-06-10"),
                NoticeLanguage.EN))
                .isEqualTo("Accounting voucher (e.g. invoice) dated 10 June 2019 in our customer and invoice records");
    }

    @Test
    void invoiceDraftThatWasNeverIssuedIsNamedAsSuchNotAsCorrespondence() {
        assertThat(RecordDescriptions.of("crm", "account_move/3", "invoice-draft", parse("2024-03-01"),
                NoticeLanguage.DE))
                .isEqualTo("Rechnungsentwurf (nie ausgestellt) vom 1. März 2024 in unserer Kunden- und Rechnungsverwaltung");
        assertThat(RecordDescriptions.of("crm", "account_move/3", "invoice-draft", parse("2024-03-01"),
                NoticeLanguage.EN))
                .isEqualTo("Invoice draft (never issued) dated 1 March 2024 in our customer and invoice records");
    }

    @Test
    void aDraftInvoiceAndThePdfMadeOfItAreTwoDistinctLines() {
        String draft = RecordDescriptions.of("crm", "account_move/3", "invoice-draft", parse("2024-03-01"),
                NoticeLanguage.DE);
        String pdf = RecordDescriptions.of("crm", "ir_attachment/40", "invoice-draft", parse("2024-03-01"),
                NoticeLanguage.DE);

        assertThat(pdf).isNotEqualTo(draft).isEqualTo(
                "Rechnungsentwurf (nie ausgestellt) vom 1. März 2024 (Datei) in unserer Kunden- und Rechnungsverwaltung");
        assertThat(RecordDescriptions.of("crm", "ir_attachment/40", "invoice-draft", parse("2024-03-01"),
                NoticeLanguage.EN)).isEqualTo(
                "Invoice draft (never issued) dated 1 March 2024 (file) in our customer and invoice records");
        // the store's own prefix does not hide the table
        assertThat(RecordDescriptions.of("crm", "crm:ir_attachment/41", "accounting-voucher", parse("2019-06-10"),
                NoticeLanguage.EN)).contains("dated 10 June 2019 (file)");
    }

    @Test
    void masterDataIsNamedWithoutADate() {
        assertThat(RecordDescriptions.of("crm", "res_partner/7", "customer-master-data", parse("2018-01-01"),
                NoticeLanguage.DE)).isEqualTo("Kundenstammdaten in unserer Kunden- und Rechnungsverwaltung");
        assertThat(RecordDescriptions.of("crm", "res_partner/7", "customer-master-data", parse("2018-01-01"),
                NoticeLanguage.EN)).isEqualTo("Customer master data in our customer and invoice records");
    }

    @Test
    void conferenceAccountAndRecordingAreNamedWithoutTheirUserOrRecordingIds() {
        String account = "users/5f0c2b1e-8d7a-4c55-9a0e-3b1f6d2c7e90";

        assertThat(RecordDescriptions.of("conference", account, "conference-account", parse("2024-01-01"),
                NoticeLanguage.DE)).isEqualTo("Konto auf dem Konferenzserver");
        assertThat(RecordDescriptions.of("conference", account, "conference-account", parse("2024-01-01"),
                NoticeLanguage.EN)).isEqualTo("Conference server account");
        assertThat(RecordDescriptions.of("conference", "recordings/rec-9", "conference-recording",
                parse("2026-03-03"), NoticeLanguage.DE))
                .isEqualTo("Konferenzaufzeichnung vom 3. März 2026 auf unserem Web-Konferenz-Server");
        assertThat(RecordDescriptions.of("conference", "recordings/rec-9", "conference-recording",
                parse("2026-03-03"), NoticeLanguage.EN))
                .isEqualTo("Conference recording dated 3 March 2026 on our web conference server");
    }

    @Test
    void conferenceRoomSharedAccessAndInvitationAreEachNamedByWhatTheyAreNotAsTheAccount() {
        assertThat(RecordDescriptions.of("conference", "rooms/7c1e", "conference-account", parse("2024-01-01"),
                NoticeLanguage.DE)).isEqualTo("Konferenzraum auf unserem Web-Konferenz-Server");
        assertThat(RecordDescriptions.of("conference", "rooms/7c1e", "conference-account", parse("2024-01-01"),
                NoticeLanguage.EN)).isEqualTo("Conference room on our web conference server");
        assertThat(RecordDescriptions.of("conference", "shared_accesses/3", "conference-account", null,
                NoticeLanguage.DE)).isEqualTo("Zugang zu einem geteilten Konferenzraum auf unserem Web-Konferenz-Server");
        assertThat(RecordDescriptions.of("conference", "shared_accesses/3", "conference-account", null,
                NoticeLanguage.EN)).isEqualTo("Access to a shared conference room on our web conference server");
        assertThat(RecordDescriptions.of("conference", "invitations/9", "conference-account", null,
                NoticeLanguage.DE)).isEqualTo("Einladung zum Konferenzserver auf unserem Web-Konferenz-Server");
        assertThat(RecordDescriptions.of("conference", "invitations/9", "conference-account", null,
                NoticeLanguage.EN)).isEqualTo("Invitation to the conference server on our web conference server");
    }

    @Test
    void voicemailArrivedByMailIsNamedAsVoicemail() {
        assertThat(RecordDescriptions.of("mail", MAIL_REFERENCE, "voicemail", parse("2026-02-05"), NoticeLanguage.DE))
                .isEqualTo("Sprachnachricht vom 5. Februar 2026 im Postfach „info“");
    }

    @Test
    void mailWithoutAnImapReferenceStillNamesOurMailbox() {
        assertThat(RecordDescriptions.of("mail", "INBOX/17/4711", "general-correspondence", null, NoticeLanguage.DE))
                .isEqualTo("E-Mail in unserem E-Mail-Postfach – allgemeine Korrespondenz");
    }

    @Test
    void recordOfAStoreNobodyNamedIsDataInAnotherOfOurSystemsNeverItsId() {
        assertThat(RecordDescriptions.of("archive", "box/3", "payroll", parse("2020-05-04"), NoticeLanguage.DE))
                .isEqualTo("Daten vom 4. Mai 2020 in einem weiteren unserer Systeme");
        assertThat(RecordDescriptions.of("archive", "box/3", null, null, NoticeLanguage.EN))
                .isEqualTo("Data in another of our systems");
    }

    @Test
    void recordOfAStoreAddedAsAPlugInIsNamedAsItsTypeDeclaresTheStore() {
        List<StoreName> names = List.of(new StoreName("guestbook", "Gästebuch unserer Website",
                "guest book of our website"));

        assertThat(RecordDescriptions.of("guestbook", "entry/1", "general-correspondence", parse("2025-06-01"), names,
                NoticeLanguage.DE))
                .isEqualTo("Allgemeine Korrespondenz vom 1. Juni 2025 in unserem System „Gästebuch unserer Website“");
        assertThat(RecordDescriptions.of("guestbook", "entry/1", "general-correspondence", parse("2025-06-01"), names,
                NoticeLanguage.EN))
                .isEqualTo("General correspondence dated 1 June 2025 in our system “guest book of our website”");
    }

    @Test
    void aStoreTheContractsKnowKeepsTheContractsNameWhateverAnEventCalls() {
        assertThat(RecordDescriptions.of("crm", "res_partner/7", "customer-master-data", null,
                List.of(new StoreName("crm", "Odoo", "Odoo")), NoticeLanguage.DE))
                .isEqualTo("Kundenstammdaten in unserer Kunden- und Rechnungsverwaltung");
    }

    @Test
    void aStoreIsNamedInPlainWordsOrAsAnotherSystemNeverByItsId() {
        List<StoreName> names = List.of(new StoreName("guestbook", "Gästebuch unserer Website",
                "guest book of our website"));

        assertThat(NoticeLanguage.DE.store("guestbook", names)).isEqualTo("Gästebuch unserer Website");
        assertThat(NoticeLanguage.EN.store("guestbook", names)).isEqualTo("guest book of our website");
        assertThat(NoticeLanguage.DE.store("archive")).isEqualTo("ein weiteres System");
        assertThat(NoticeLanguage.EN.store("archive")).isEqualTo("another system");
        assertThat(NoticeLanguage.EN.store("mail")).isEqualTo("mailbox");
    }
}

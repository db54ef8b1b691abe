package de.thwien.dsr.subjectindex.access.archive;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.events.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortableRecordsTest {

    private static final String JANA = "jana.becker@example.net";

    @Test
    void herMailAboutHerOrderIsPortable() {
        assertThat(PortableRecords.portable(finding("mail",
                        "Art. 6(1)(b) GDPR (contract); kept under Art. 6(1)(c) GDPR (§147 AO, §257 HGB)"),
                record("message", Map.of("from", "\"Jana Becker\" <JANA.Becker+shop@example.net>")), JANA)).isTrue();
    }

    @Test
    void ourMailToHerIsNotWhatSheProvided() {
        assertThat(PortableRecords.portable(finding("mail", "Art. 6(1)(b) GDPR (contract)"),
                record("message", Map.of("from", "info@thwien.de", "to", JANA)), JANA)).isFalse();
    }

    @Test
    void herMailOnALegitimateInterestIsNotPortable() {
        assertThat(PortableRecords.portable(finding("mail", "Art. 6(1)(f) GDPR (answering the sender)"),
                record("message", Map.of("from", JANA)), JANA)).isFalse();
    }

    @Test
    void anInvoiceKeptUnderALegalObligationIsNotPortable() {
        assertThat(PortableRecords.portable(finding("crm", "Art. 6(1)(c) GDPR (§147 AO, §257 HGB)"),
                record("account_move", Map.of("partner_id", 1, "state", "posted")), JANA)).isFalse();
    }

    @Test
    void herCustomerAccountAndHerConferenceAccountAreWhatSheProvidedForTheContract() {
        assertThat(PortableRecords.portable(finding("crm", "Art. 6(1)(b) GDPR (contract)"),
                record("res_partner", Map.of("name", "Jana Becker", "email", JANA)), JANA)).isTrue();
        assertThat(PortableRecords.portable(finding("conference", "Art. 6(1)(b) GDPR (contract)"),
                record("users", Map.of("name", "Jana Becker", "email", "Jana.Becker@example.net")), JANA)).isTrue();
    }

    @Test
    void aRecordingOnHerConsentIsPortableAnInvitationOnALegitimateInterestIsNot() {
        assertThat(PortableRecords.portable(finding("conference", "Art. 6(1)(a) GDPR (consent to the recording)"),
                record("recordings", Map.of("record_id", "rec-1")), JANA)).isTrue();
        assertThat(PortableRecords.portable(finding("conference", "Art. 6(1)(f) GDPR (inviting on behalf of a user)"),
                record("invitations", Map.of("email", JANA)), JANA)).isFalse();
    }

    @Test
    void aCrmMessageCountsOnlyWhenSheSentIt() {
        Finding message = finding("crm", "Art. 6(1)(b) GDPR (contract)");
        assertThat(PortableRecords.portable(message,
                record("mail_message", Map.of("email_from", "\"Jana Becker\" <jana.becker@example.net>")), JANA))
                .isTrue();
        assertThat(PortableRecords.portable(message,
                record("mail_message", Map.of("email_from", "service@thwien.de")), JANA)).isFalse();
    }

    @Test
    void aRecordWithoutALegalBasisIsNotPortable() {
        assertThat(PortableRecords.portable(finding("crm", null), record("res_partner", Map.of()), JANA)).isFalse();
    }

    private static Finding finding(String store, String legalBasis) {
        return new Finding(store, "ref/1", List.of("email"), "commercial-letter", LocalDate.of(2024, 3, 1),
                legalBasis, Finding.MatchStrength.STRONG, "a record");
    }

    private static ExportedRecord record(String kind, Map<String, Object> fields) {
        return new ExportedRecord("store", "ref/1", kind, fields);
    }
}

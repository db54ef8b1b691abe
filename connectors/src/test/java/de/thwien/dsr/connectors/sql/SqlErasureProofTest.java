package de.thwien.dsr.connectors.sql;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.connectors.spi.ErasureProof;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mapped store's proof of an erasure, by its mapping's erase rules (formerly erasure-service's own). */
class SqlErasureProofTest {

    private final SqlErasureProof crm =
            new SqlErasureProof(SqlMappingLoader.fromClasspath(SqlMappingLoader.ODOO_MAPPING_RESOURCE));

    @Test
    void aDeletedRowOrMissingMessageIsGone() {
        assertThat(crm.stillPersonal("mail_message/7", Map.of())).isFalse();
        assertThat(ErasureProof.GONE_WHEN_UNREADABLE.stillPersonal("imap://info/INBOX;UIDVALIDITY=1/;UID=3",
                Map.of())).isFalse();
    }

    @Test
    void aRowOfADeleteTableThatIsStillThereIsPresent() {
        assertThat(crm.stillPersonal("mail_message/7", Map.of("id", 7, "subject", "Hallo"))).isTrue();
    }

    @Test
    void aMessageTheStoreForbidsToDeleteIsGoneOnceRedactedToItsPlaceholders() {
        // Odoo 17's audit trail: a message on a posted invoice keeps its row, its content is replaced
        assertThat(crm.stillPersonal("mail_message/6",
                Map.of("id", 6, "body", "<p>[erased]</p>", "message_type", "comment", "date", "2024-02-21T11:00")))
                .isFalse();
        assertThat(crm.stillPersonal("mail_message/6",
                Map.of("id", 6, "body", "<p>Frau Becker zahlt immer spät.</p>", "date", "2024-02-21T11:00")))
                .isTrue();
    }

    @Test
    void aNullifiedPartnerWithOnlyPlaceholdersLeftIsGone() {
        assertThat(crm.stillPersonal("res_partner/3", Map.of("id", 3, "name", "[erased]", "active", true))).isFalse();
    }

    @Test
    void aPartnerWhosePersonalColumnsStillHoldValuesIsPresent() {
        assertThat(crm.stillPersonal("res_partner/3", Map.of("id", 3, "name", "[erased]", "email", "x@example.org")))
                .isTrue();
        assertThat(crm.stillPersonal("res_partner/3", Map.of("id", 3, "name", "Lukas"))).isTrue();
    }

    @Test
    void aRecordOfAStoreWithoutRulesIsGoneOnlyWhenItCannotBeReadAnyMore() {
        assertThat(ErasureProof.GONE_WHEN_UNREADABLE.stillPersonal("memo/1", Map.of("text", "x"))).isTrue();
    }
}

package de.thwien.dsr.erasure.stores;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectedRecordStoresTest {

    private final SqlMapping crm = SqlMappingLoader.fromClasspath("crm/odoo/mapping.yaml");

    @Test
    void aDeletedRowOrMissingMessageIsGone() {
        assertThat(ConnectedRecordStores.stillPersonal(crm, "mail_message/7", Map.of())).isFalse();
        assertThat(ConnectedRecordStores.stillPersonal(null, "imap://info/INBOX;UIDVALIDITY=1/;UID=3", Map.of()))
                .isFalse();
    }

    @Test
    void aRowOfADeleteTableThatIsStillThereIsPresent() {
        assertThat(ConnectedRecordStores.stillPersonal(crm, "mail_message/7", Map.of("id", 7, "subject", "Hallo")))
                .isTrue();
    }

    @Test
    void aMessageTheStoreForbidsToDeleteIsGoneOnceRedactedToItsPlaceholders() {
        // Odoo 17's audit trail: a message on a posted invoice keeps its row, its content is replaced
        assertThat(ConnectedRecordStores.stillPersonal(crm, "mail_message/6",
                Map.of("id", 6, "body", "<p>[erased]</p>", "message_type", "comment", "date", "2024-02-21T11:00")))
                .isFalse();
        assertThat(ConnectedRecordStores.stillPersonal(crm, "mail_message/6",
                Map.of("id", 6, "body", "<p>Frau Becker zahlt immer spät.</p>", "date", "2024-02-21T11:00")))
                .isTrue();
    }

    @Test
    void aNullifiedPartnerWithOnlyPlaceholdersLeftIsGone() {
        assertThat(ConnectedRecordStores.stillPersonal(crm, "res_partner/3",
                Map.of("id", 3, "name", "[erased]", "active", true))).isFalse();
    }

    @Test
    void aPartnerWhosePersonalColumnsStillHoldValuesIsPresent() {
        assertThat(ConnectedRecordStores.stillPersonal(crm, "res_partner/3",
                Map.of("id", 3, "name", "[erased]", "email", "x@example.org"))).isTrue();
        assertThat(ConnectedRecordStores.stillPersonal(crm, "res_partner/3", Map.of("id", 3, "name", "Lukas")))
                .isTrue();
    }
}

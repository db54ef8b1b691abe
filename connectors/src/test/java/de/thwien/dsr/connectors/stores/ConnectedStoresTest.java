package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectedStoresTest {

    record Sql(String jdbcUrl, String username, String password, Optional<String> schema, String mapping,
            Optional<String> storageRoot) implements StoreSettings.SqlStore {
    }

    record Settings(Optional<StoreSettings.SqlStore> crm, Optional<StoreSettings.Mail> mail,
            Optional<StoreSettings.Conference> conference) implements StoreSettings {
    }

    /** Nothing listens on port 1: the CRM cannot be reached. */
    private final ConnectedStores onlyCrm = ConnectedStores.of(new Settings(
            Optional.of(new Sql("jdbc:postgresql://127.0.0.1:1/none", "reader", "secret", Optional.empty(),
                    "crm/odoo/mapping.yaml", Optional.empty())),
            Optional.empty(), Optional.empty()));

    @Test
    void onlyConfiguredStoresAreConnectedUnderTheirMappingsStoreName() throws StoreUnavailableException {
        assertThat(onlyCrm.names()).containsExactly("crm");
        assertThat(onlyCrm.store("crm").orElseThrow().mapping()).isPresent();
        assertThat(onlyCrm.store("conference")).isEmpty();
        assertThat(onlyCrm.bbb()).isEmpty();
        assertThat(onlyCrm.conferenceWriter()).isEmpty();
    }

    @Test
    void aStoreThatCannotBeReachedIsUnavailableWhenUsedNotWhenBuilt() {
        ConnectedStore crm = onlyCrm.store("crm").orElseThrow();

        assertThatThrownBy(crm::reader).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(crm::writer).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void odoosFilesAreLookedForInTheFilestoreOfTheDatabaseTheCrmConnectsTo() {
        assertThat(ConnectedStores.odooFilestore("jdbc:postgresql://erp.internal:5432/thwien?sslmode=require"))
                .isEqualTo("/var/lib/odoo/filestore/thwien");
    }
}

package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectedStoresTest {

    record Sql(String jdbcUrl, String username, String password, Optional<String> schema, String mapping,
            Optional<String> storageRoot) implements StoreSettings.SqlStore {
    }

    record Settings(Optional<StoreSettings.SqlStore> crm, Optional<StoreSettings.Mail> mail,
            Optional<StoreSettings.Conference> conference, Map<String, Map<String, String>> plugins)
            implements StoreSettings {

        Settings(Optional<StoreSettings.SqlStore> crm, Optional<StoreSettings.Mail> mail,
                Optional<StoreSettings.Conference> conference) {
            this(crm, mail, conference, Map.of());
        }
    }

    /** Nothing listens on port 1: the CRM cannot be reached. */
    private final ConnectedStores onlyCrm = ConnectedStores.of(new Settings(
            Optional.of(new Sql("jdbc:postgresql://127.0.0.1:1/none", "reader", "secret", Optional.empty(),
                    "crm/odoo/mapping.yaml", Optional.empty())),
            Optional.empty(), Optional.empty()));

    @Test
    void theConnectorsOwnStoreTypesAreFoundOnTheClassPath() {
        assertThat(ConnectedStores.discoveredTypes()).extracting(StoreType::id)
                .containsExactly("crm", "mail", "conference");
    }

    @Test
    void onlyConfiguredStoresAreConnectedUnderTheirMappingsStoreName() throws StoreUnavailableException {
        assertThat(onlyCrm.names()).containsExactly("crm");
        assertThat(onlyCrm.store("crm").orElseThrow().type()).isInstanceOf(CrmStoreType.class);
        assertThat(onlyCrm.store("conference")).isEmpty();
        assertThat(onlyCrm.bbb()).isEmpty();
        assertThat(onlyCrm.conferenceWriter()).isEmpty();
    }

    @Test
    void eachStoreTypeDeclaresWhatItCanDo() {
        assertThat(new CrmStoreType().capabilities()).contains(StoreCapability.RECTIFY, StoreCapability.RESTRICT,
                StoreCapability.LIFT).doesNotContain(StoreCapability.ROUTINE_RETENTION, StoreCapability.REDACT);
        assertThat(new MailStoreType().capabilities()).contains(StoreCapability.REDACT, StoreCapability.RESTRICT)
                .doesNotContain(StoreCapability.RECTIFY);
        // Greenlight's account (name, e-mail) and room name can be corrected; a recording cannot (its writer says so)
        assertThat(new ConferenceStoreType().capabilities()).contains(StoreCapability.ROUTINE_RETENTION,
                StoreCapability.RECTIFY).doesNotContain(StoreCapability.REDACT);
        assertThat(onlyCrm.capableOf(StoreCapability.RECTIFY)).extracting(ConnectedStore::name).containsExactly("crm");
        assertThat(onlyCrm.capableOf(StoreCapability.ROUTINE_RETENTION)).isEmpty();
    }

    @Test
    void eachStoreTypeNamesItsStoreInPlainWordsOfBothLanguages() {
        for (StoreType type : List.of(new CrmStoreType(), new MailStoreType(), new ConferenceStoreType())) {
            for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                assertThat(type.displayName(language)).as(type.id() + " " + language).isNotBlank()
                        .isNotEqualTo(type.id());
            }
            assertThat(type.displayName(Locale.GERMAN)).isNotEqualTo(type.displayName(Locale.ENGLISH));
        }
        assertThat(onlyCrm.store("crm").orElseThrow().displayName(Locale.ENGLISH))
                .isEqualTo("customer and invoice records");
    }

    @Test
    void aStoreThatCannotBeReachedIsUnavailableWhenUsedNotWhenBuilt() {
        ConnectedStore crm = onlyCrm.store("crm").orElseThrow();

        assertThatThrownBy(crm::reader).isInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(crm::writer).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void odoosFilesAreLookedForInTheFilestoreOfTheDatabaseTheCrmConnectsTo() {
        assertThat(CrmStoreType.odooFilestore("jdbc:postgresql://erp.internal:5432/thwien?sslmode=require"))
                .isEqualTo("/var/lib/odoo/filestore/thwien");
    }
}

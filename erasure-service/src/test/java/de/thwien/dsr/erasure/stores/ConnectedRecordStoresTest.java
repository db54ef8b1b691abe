package de.thwien.dsr.erasure.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.connectors.stores.ConnectedStores;
import de.thwien.dsr.connectors.stores.StoreSettings;
import de.thwien.dsr.events.StoreName;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** erasure-service's writes go only to a store whose type declares it can do them, and it names the stores. */
class ConnectedRecordStoresTest {

    record OnlyPlugins(Map<String, Map<String, String>> plugins) implements StoreSettings {
        @Override
        public Optional<SqlStore> crm() {
            return Optional.empty();
        }

        @Override
        public Optional<Mail> mail() {
            return Optional.empty();
        }

        @Override
        public Optional<Conference> conference() {
            return Optional.empty();
        }
    }

    @TempDir
    Path directory;

    private ConnectedRecordStores guestbook() throws Exception {
        Path file = Files.writeString(directory.resolve("entries.tsv"),
                "1\t2025-06-01\tjana.becker@example.net\tJana Becker\tDanke!\n", StandardCharsets.UTF_8);
        return new ConnectedRecordStores(ConnectedStores.of(
                new OnlyPlugins(Map.of("guestbook", Map.of("file", file.toString()))),
                List.of(new GuestbookStoreType())));
    }

    @Test
    void aStoreWhoseTypeCannotRestrictRefusesForGoodWithoutBeingAsked() throws Exception {
        ConnectedRecordStores stores = guestbook();

        assertThatThrownBy(() -> stores.restrict("guestbook", "entry/1", LocalDate.parse("2030-12-31")))
                .isInstanceOfSatisfying(StoreFailure.class, failure -> assertThat(failure.refused()).isTrue())
                .hasMessage("guestbook: its store type cannot restrict a record");
        assertThat(stores.stillPresent("guestbook", "entry/1")).isTrue();
    }

    @Test
    void aStoreWhoseTypeCannotRectifyListsNoFieldToCorrectAndRefusesACorrectionForGood() throws Exception {
        ConnectedRecordStores stores = guestbook();

        assertThat(stores.rectifiableFields("guestbook", "entry/1")).as("a supplementary statement instead").isEmpty();
        assertThatThrownBy(() -> stores.rectify("guestbook", "entry/1", Map.of("name", "Jana Becker-Wolf")))
                .isInstanceOfSatisfying(StoreFailure.class, failure -> assertThat(failure.refused()).isTrue())
                .hasMessage("guestbook: its store type cannot rectify a record");
    }

    @Test
    void anErasureTheTypeDeclaresIsCarriedOutAndProvenByReadingTheRecordAgain() throws Exception {
        ConnectedRecordStores stores = guestbook();

        stores.erase("guestbook", "entry/1", Set.of());

        assertThat(stores.stillPresent("guestbook", "entry/1")).isFalse();
    }

    @Test
    void eachConnectedStoreIsNamedAsItsTypeDeclaresAndAStoreNotConnectedIsLeftOut() throws Exception {
        assertThat(guestbook().namesOf(List.of("guestbook", "fax", "guestbook")))
                .containsExactly(new StoreName("guestbook", "Gästebuch unserer Website", "guest book of our website"));
    }
}

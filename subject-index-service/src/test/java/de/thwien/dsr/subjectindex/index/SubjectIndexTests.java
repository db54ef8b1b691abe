package de.thwien.dsr.subjectindex.index;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a batch written by a crawl leaves in the index, however the write is done. */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class SubjectIndexTests {

    @Inject
    SubjectIndex index;

    @Test
    void aPutReplacesTheKeysOfItsRecordsAndLeavesOtherRecordsAndStoresAlone() throws Exception {
        String store = "test-" + UUID.randomUUID();
        Identifier anna = email("anna-" + store + "@example.org");
        Identifier ben = email("ben-" + store + "@example.org");
        Identifier name = new Identifier(IdentifierKind.NAME, "schmidt " + store);
        index.put(store, List.of(record("a", anna, name), record("b", ben)));
        index.put("other-" + store, List.of(record("a", anna)));

        index.put(store, List.of(record("a", name)));

        assertThat(index.lookup(Set.of(anna))).isEqualTo(Map.of(
                "other-" + store, List.of(new RecordHit("a", MatchStrength.STRONG))));
        assertThat(index.lookup(new LinkedHashSet<>(List.of(ben, name)))).isEqualTo(Map.of(store, List.of(
                new RecordHit("b", MatchStrength.STRONG), new RecordHit("a", MatchStrength.WEAK))));
    }

    @Test
    void aRecordTwiceInOneBatchKeepsTheKeysOfBothWithoutDuplicates() throws Exception {
        String store = "test-" + UUID.randomUUID();
        Identifier anna = email("anna-" + store + "@example.org");
        Identifier phone = new Identifier(IdentifierKind.PHONE, "+4930" + Math.abs(store.hashCode()));

        index.put(store, List.of(record("a", anna), record("a", anna, phone), record("b")));

        assertThat(index.lookup(Set.of(anna))).isEqualTo(Map.of(store, List.of(new RecordHit("a", MatchStrength.STRONG))));
        assertThat(index.lookup(Set.of(phone))).isEqualTo(Map.of(store, List.of(new RecordHit("a", MatchStrength.STRONG))));
    }

    private static Identifier email(String address) {
        return new Identifier(IdentifierKind.EMAIL, address);
    }

    private static IndexedRecord record(String reference, Identifier... identifiers) {
        return new IndexedRecord(reference, Set.of(identifiers), null, null);
    }
}

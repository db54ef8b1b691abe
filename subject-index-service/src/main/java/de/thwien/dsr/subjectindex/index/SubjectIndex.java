package de.thwien.dsr.subjectindex.index;

import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.events.Finding.MatchStrength;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identifier index: normalised key → record references per store. Blocking JDBC on purpose:
 * it is used from crawl and locate work that runs on worker threads next to blocking connectors.
 */
@ApplicationScoped
public class SubjectIndex {

    private final AgroalDataSource dataSource;

    public SubjectIndex(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Replaces what the index knows about these records of one store: two statements for the whole
     * batch (the references and the keys as arrays), not one per record and key, so that a crawl's
     * writes cost PostgreSQL one plan and one pass each.
     */
    public void put(String store, Collection<IndexedRecord> records) throws SQLException {
        put(store, records, null);
    }

    /** @param crawledAt when the crawl that read these records started; null outside a crawl */
    public void put(String store, Collection<IndexedRecord> records, Instant crawledAt) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        List<String> references = new ArrayList<>();
        List<String> entryReferences = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (IndexedRecord record : records) {
            references.add(record.reference());
            for (Identifier identifier : record.identifiers()) {
                entryReferences.add(record.reference());
                kinds.add(identifier.kind().name());
                keys.add(identifier.key());
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from index_entry where store = ? and reference = any (?)");
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into index_entry (store, reference, kind, key, crawled_at) select ?, entry.reference,"
                                 + " entry.kind, entry.key, ? from unnest(?::text[], ?::text[], ?::text[]) as entry (reference, kind, key)"
                                 + " on conflict do nothing")) {
                delete.setString(1, store);
                delete.setArray(2, connection.createArrayOf("text", references.toArray()));
                delete.executeUpdate();
                insert.setString(1, store);
                insert.setTimestamp(2, crawledAt == null ? null : Timestamp.from(crawledAt));
                insert.setArray(3, connection.createArrayOf("text", entryReferences.toArray()));
                insert.setArray(4, connection.createArrayOf("text", kinds.toArray()));
                insert.setArray(5, connection.createArrayOf("text", keys.toArray()));
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Drops every reference of a store that starts with the prefix (a re-crawled mail folder). */
    public void dropPrefix(String store, String referencePrefix) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from index_entry where store = ? and starts_with(reference, ?)")) {
            delete.setString(1, store);
            delete.setString(2, referencePrefix);
            delete.executeUpdate();
        }
    }

    /**
     * After a full crawl of a store that started at {@code crawlStartedAt}: drops the entries of the store's records
     * that crawl did not see (the records are gone from the store). Only after a full crawl: an incremental one sees
     * only new records.
     */
    public void dropNotCrawledSince(String store, Instant crawlStartedAt) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from index_entry where store = ? and (crawled_at is null or crawled_at < ?)")) {
            delete.setString(1, store);
            delete.setTimestamp(2, Timestamp.from(crawlStartedAt));
            delete.executeUpdate();
        }
    }

    /** Whether any store has a record with this e-mail key. */
    public boolean knowsEmail(String emailKey) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select 1 from index_entry where kind = ? and key = ? limit 1")) {
            query.setString(1, IdentifierKind.EMAIL.name());
            query.setString(2, emailKey);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The identifiers the index holds for these records of one store. */
    public Set<Identifier> identifiersOf(String store, Collection<String> references) throws SQLException {
        Set<Identifier> identifiers = new LinkedHashSet<>();
        if (references.isEmpty()) {
            return identifiers;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select kind, key from index_entry where store = ? and reference = any (?) order by kind, key")) {
            query.setString(1, store);
            query.setArray(2, connection.createArrayOf("text", references.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    identifiers.add(new Identifier(IdentifierKind.valueOf(rows.getString(1)), rows.getString(2)));
                }
            }
        }
        return identifiers;
    }

    /**
     * Records matching any of the identifiers, per store, each with the strongest strength any of
     * its matching keys gives (an exact e-mail makes a record STRONG even if the name matched too).
     */
    public Map<String, List<RecordHit>> lookup(Set<Identifier> identifiers) throws SQLException {
        Map<String, Map<String, MatchStrength>> strengths = new LinkedHashMap<>();
        if (identifiers.isEmpty()) {
            return Map.of();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select store, reference, kind from index_entry where kind = ? and key = ? order by store, reference")) {
            for (Identifier identifier : identifiers) {
                query.setString(1, identifier.kind().name());
                query.setString(2, identifier.key());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        MatchStrength strength = IdentifierKind.valueOf(rows.getString(3)).strength();
                        strengths.computeIfAbsent(rows.getString(1), store -> new LinkedHashMap<>())
                                .merge(rows.getString(2), strength,
                                        (a, b) -> a == MatchStrength.STRONG || b == MatchStrength.STRONG
                                                ? MatchStrength.STRONG : MatchStrength.WEAK);
                    }
                }
            }
        }
        Map<String, List<RecordHit>> hits = new LinkedHashMap<>();
        strengths.forEach((store, references) -> {
            List<RecordHit> storeHits = new ArrayList<>();
            references.forEach((reference, strength) -> storeHits.add(new RecordHit(reference, strength)));
            hits.put(store, storeHits);
        });
        return hits;
    }
}

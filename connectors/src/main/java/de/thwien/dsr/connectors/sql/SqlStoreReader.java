package de.thwien.dsr.connectors.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.connectors.sql.SqlMapping.Relation;
import de.thwien.dsr.connectors.sql.SqlMapping.RetentionRule;
import de.thwien.dsr.connectors.sql.SqlMapping.TableMapping;
import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.Identifiers;
import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.CrawlResult;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Read side of a relational store (the CRM, Greenlight) described by a {@link SqlMapping}. {@link #open} checks the
 * mapping against the live schema first: a mapping naming a missing table or column fails there,
 * with a message naming them.
 *
 * <p>References are {@code <table>/<key>}. The crawl walks each table with identifier columns in
 * key order (keyset pagination, so incremental by key and bounded in memory); {@link #find}
 * confirms a row and follows the mapping's relations to the rows that depend on it.
 */
public final class SqlStoreReader implements StoreReader {

    static final int CRAWL_BATCH = 500;
    /**
     * Partner → child address → invoice → message on the invoice → its tracked values is depth 4; deeper chains
     * are not followed.
     */
    private static final int MAX_RELATION_DEPTH = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqlMapping mapping;
    private final DataSource dataSource;
    private final MappedSql sql;

    private SqlStoreReader(SqlMapping mapping, DataSource dataSource, LiveSchema schema) {
        this.mapping = mapping;
        this.dataSource = dataSource;
        this.sql = new MappedSql(schema);
    }

    /**
     * @throws SqlMappingException       when the mapping names a table or column the schema lacks
     * @throws StoreUnavailableException when the database cannot be reached to check it
     */
    public static SqlStoreReader open(SqlMapping mapping, DataSource dataSource) throws StoreUnavailableException {
        return new SqlStoreReader(mapping, dataSource, SqlSchemaValidator.checkedSchema(mapping, dataSource));
    }

    @Override
    public String store() {
        return mapping.store();
    }

    @Override
    public CrawlResult crawl(CrawlCursor cursor, Consumer<IndexedRecord> sink) throws StoreUnavailableException {
        Map<String, String> lastKeys = new LinkedHashMap<>(parseCursor(cursor));
        long visited = 0;
        try (Connection connection = readOnlyConnection()) {
            for (TableMapping table : mapping.tables()) {
                if (table.identifiers().isEmpty()) {
                    continue;
                }
                List<Map<String, Object>> batch;
                do {
                    batch = sql.crawlBatch(connection, table, lastKeys.get(table.table()), CRAWL_BATCH);
                    for (Map<String, Object> row : batch) {
                        sink.accept(new IndexedRecord(reference(table, row.get(table.key())), identifiers(table, row),
                                null, null));
                        lastKeys.put(table.table(), String.valueOf(row.get(table.key())));
                        visited++;
                    }
                } while (batch.size() == CRAWL_BATCH);
            }
        } catch (SQLException e) {
            throw unavailable(store(), e);
        }
        return CrawlResult.of(formatCursor(lastKeys), visited);
    }

    /**
     * Every row of every mapped table by its reference (which a restore does not change): also the tables without
     * identifier columns the crawl skips (an invoice's lines, a message on it), whose rows a plan erases as
     * dependents of hers.
     */
    @Override
    public void restorableIdentities(BiConsumer<String, String> sink) throws StoreUnavailableException {
        try (Connection connection = readOnlyConnection()) {
            for (TableMapping table : mapping.tables()) {
                String lastKey = null;
                List<Map<String, Object>> batch;
                do {
                    batch = sql.crawlBatch(connection, table, lastKey, CRAWL_BATCH);
                    for (Map<String, Object> row : batch) {
                        String reference = reference(table, row.get(table.key()));
                        sink.accept(reference, reference);
                        lastKey = String.valueOf(row.get(table.key()));
                    }
                } while (batch.size() == CRAWL_BATCH);
            }
        } catch (SQLException e) {
            throw unavailable(store(), e);
        }
    }

    @Override
    public List<Finding> find(Collection<RecordHit> hits) throws StoreUnavailableException {
        Map<String, Finding> findings = new LinkedHashMap<>();
        Map<String, List<String>> keysByTable = new LinkedHashMap<>();
        for (RecordHit hit : hits) {
            Reference reference = Reference.parse(hit.reference());
            if (mapping.table(reference.table()).isPresent()) { // else a reference from an older mapping
                keysByTable.computeIfAbsent(reference.table(), name -> new ArrayList<>()).add(reference.key());
            }
        }
        try (Connection connection = readOnlyConnection()) {
            // one query per table for all hits, then each hit's dependent rows in the hits' order
            Map<String, Map<String, Map<String, Object>>> rowsByTable = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> keys : keysByTable.entrySet()) {
                rowsByTable.put(keys.getKey(), sql.rowsByKeys(connection, mapping.table(keys.getKey()).orElseThrow(),
                        keys.getValue()));
            }
            for (RecordHit hit : hits) {
                Reference reference = Reference.parse(hit.reference());
                TableMapping table = mapping.table(reference.table()).orElse(null);
                if (table == null) {
                    continue;
                }
                Map<String, Object> row = rowsByTable.get(table.table()).get(sql.keyOf(table, reference.key()));
                if (row != null) {
                    collect(connection, table, row, hit.strength(), 0, findings);
                }
            }
        } catch (SQLException e) {
            throw unavailable(store(), e);
        }
        return List.copyOf(findings.values());
    }

    @Override
    public ExportedRecord export(String reference) throws StoreUnavailableException {
        Reference parsed = Reference.parse(reference);
        TableMapping table = mapping.table(parsed.table())
                .orElseThrow(() -> new IllegalArgumentException("not a reference of this mapping"));
        try (Connection connection = readOnlyConnection()) {
            Map<String, Object> row = sql.exportRow(connection, table, parsed.key());
            return new ExportedRecord(store(), reference, table.table(), row);
        } catch (SQLException e) {
            throw unavailable(store(), e);
        }
    }

    /**
     * References of the rows of {@code tableName} whose {@code column} holds {@code value}, e.g. the
     * Greenlight rows of one BBB recording. Only the key and the columns the mapping names can be asked.
     */
    public List<String> referencesWhere(String tableName, String column, Object value)
            throws StoreUnavailableException {
        TableMapping table = mapping.table(tableName)
                .orElseThrow(() -> new IllegalArgumentException("not a table of this mapping"));
        if (table.lookup(column).isPresent() || !table.key().equals(column) && !table.pii().contains(column)
                && !findingColumns(table).contains(column)) {
            throw new IllegalArgumentException("column '" + column + "' is not named in the mapping of " + tableName);
        }
        try (Connection connection = readOnlyConnection()) {
            return sql.keysWhere(connection, table, column, value).stream().map(key -> reference(table, key)).toList();
        } catch (SQLException e) {
            throw unavailable(store(), e);
        }
    }

    private void collect(Connection connection, TableMapping table, Map<String, Object> row, MatchStrength strength,
            int depth, Map<String, Finding> findings) throws SQLException {
        String reference = reference(table, row.get(table.key()));
        Finding known = findings.get(reference);
        if (known != null && (known.matchStrength() == MatchStrength.STRONG || strength == MatchStrength.WEAK)) {
            return;
        }
        findings.put(reference, finding(table, row, reference, strength));
        if (depth >= MAX_RELATION_DEPTH) {
            return;
        }
        for (TableMapping child : mapping.tables()) {
            for (Relation relation : child.relations()) {
                if (relation.references().equals(table.table())) {
                    for (Map<String, Object> childRow : sql.rowsByRelation(connection, child, relation,
                            row.get(table.key()))) {
                        collect(connection, child, childRow, strength, depth + 1, findings);
                    }
                }
            }
        }
    }

    private Finding finding(TableMapping table, Map<String, Object> row, String reference, MatchStrength strength) {
        RetentionRule rule = table.retentionRuleFor(row)
                .orElseThrow(() -> new SqlMappingException("table '" + table.table()
                        + "': no retention rule matches a row; add a rule without 'when' as the last one"));
        LocalDate start = rule.startColumns().stream().map(column -> MappedSql.toLocalDate(row.get(column)))
                .filter(Objects::nonNull).findFirst().orElse(null);
        return new Finding(store(), reference, table.dataCategories(), rule.category(), start, table.legalBasis(), strength,
                MappedSql.render(table.summary(), row));
    }

    private static Set<Identifier> identifiers(TableMapping table, Map<String, Object> row) {
        Set<Identifier> identifiers = new LinkedHashSet<>();
        table.identifiers().email().forEach(column -> identifiers.addAll(Identifiers.ofEmail(text(row, column))));
        table.identifiers().phone().forEach(column -> identifiers.addAll(Identifiers.ofPhone(text(row, column))));
        table.identifiers().name().forEach(column -> identifiers.addAll(Identifiers.ofName(text(row, column))));
        return identifiers;
    }

    private static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    /** The table: a reference is {@code <table>/<key>}. */
    @Override
    public String placeOf(String reference) {
        int slash = reference.indexOf('/');
        return slash < 0 ? null : reference.substring(0, slash);
    }

    private static String reference(TableMapping table, Object key) {
        return table.table() + "/" + key;
    }

    private Connection readOnlyConnection() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setReadOnly(true);
        return connection;
    }

    private static Map<String, String> parseCursor(CrawlCursor cursor) {
        if (cursor.isStart()) {
            return Map.of();
        }
        try {
            return JSON.readValue(cursor.value(), new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a SQL store crawl cursor", e);
        }
    }

    private static CrawlCursor formatCursor(Map<String, String> lastKeys) {
        try {
            return new CrawlCursor(JSON.writeValueAsString(lastKeys));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static StoreUnavailableException unavailable(String store, SQLException e) {
        // SQL state only: driver messages can quote row values
        return new StoreUnavailableException(store, "database error (SQL state " + e.getSQLState() + ")", e);
    }

    record Reference(String table, String key) {
        static Reference parse(String reference) {
            int slash = reference == null ? -1 : reference.indexOf('/');
            if (slash <= 0 || slash == reference.length() - 1) {
                throw new IllegalArgumentException("SQL store references look like <table>/<key>");
            }
            return new Reference(reference.substring(0, slash), reference.substring(slash + 1));
        }
    }

    /** Only for the list of columns a finding needs; kept here so that MappedSql stays about SQL. */
    static List<String> findingColumns(TableMapping table) {
        Set<String> columns = new LinkedHashSet<>();
        columns.add(table.key());
        table.retention().forEach(rule -> {
            columns.addAll(rule.startColumns());
            columns.addAll(rule.when().keySet());
        });
        columns.addAll(SqlSchemaValidator.placeholders(table.summary()));
        return new ArrayList<>(columns);
    }
}

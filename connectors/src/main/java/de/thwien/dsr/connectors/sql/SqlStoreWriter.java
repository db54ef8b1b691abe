package de.thwien.dsr.connectors.sql;

import de.thwien.dsr.connectors.spi.ErasureBlockedException;
import de.thwien.dsr.connectors.spi.ErasureResult;
import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.connectors.spi.StoreRefusedException;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.spi.StoreWriter;
import de.thwien.dsr.connectors.sql.SqlMapping.DeletionBlocker;
import de.thwien.dsr.connectors.sql.SqlMapping.EraseMode;
import de.thwien.dsr.connectors.sql.SqlMapping.Restrict;
import de.thwien.dsr.connectors.sql.SqlMapping.TableMapping;
import de.thwien.dsr.connectors.sql.SqlStoreReader.Reference;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Write side of a mapped SQL store (write credentials): erase as the mapping says (DELETE, or
 * NULLIFY the personal columns; a DELETE row matching {@code redactWhen} gets the placeholders instead),
 * unless a {@code keepWhile} rule finds dependent rows that are kept (then {@link ErasureBlockedException}:
 * restrict instead); restrict with the flag column, the restriction table or a tag, or not at all in the
 * store ({@code outsideStore}: the caller keeps the record); lift undoes it. Each call is one transaction.
 */
public final class SqlStoreWriter implements StoreWriter {

    private final SqlMapping mapping;
    private final DataSource dataSource;
    private final MappedSql sql;
    private final String storageRoot;

    private SqlStoreWriter(SqlMapping mapping, DataSource dataSource, LiveSchema schema, String storageRoot) {
        this.mapping = mapping;
        this.dataSource = dataSource;
        this.sql = new MappedSql(schema);
        this.storageRoot = storageRoot;
    }

    /** Checks the mapping against the live schema like {@link SqlStoreReader#open}. */
    public static SqlStoreWriter open(SqlMapping mapping, DataSource dataSource) throws StoreUnavailableException {
        return open(mapping, dataSource, STORAGE_ROOT_UNKNOWN);
    }

    /**
     * As {@link #open(SqlMapping, DataSource)}, with the directory on the store's server that the mapping's
     * {@code erase.storedFile} paths are relative to (Odoo: {@code <data_dir>/filestore/<database>}).
     */
    public static SqlStoreWriter open(SqlMapping mapping, DataSource dataSource, String storageRoot)
            throws StoreUnavailableException {
        return new SqlStoreWriter(mapping, dataSource, SqlSchemaValidator.checkedSchema(mapping, dataSource),
                storageRoot.replaceAll("/+$", ""));
    }

    /** In an instruction when no storage root is configured: the operator sees what to fill in. */
    static final String STORAGE_ROOT_UNKNOWN = "<storage root>";

    @Override
    public String store() {
        return mapping.store();
    }

    @Override
    public ErasureResult erase(String reference) throws StoreUnavailableException, ErasureBlockedException {
        Reference parsed = Reference.parse(reference);
        TableMapping table = table(parsed);
        if (table.erase() == null) {
            throw new IllegalArgumentException("table '" + table.table() + "' has no erase rule in the mapping");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Object key = sql.key(table, parsed.key());
                for (DeletionBlocker blocker : table.keepWhile()) {
                    if (sql.anyBlocking(connection, blocker, key)) {
                        connection.rollback();
                        throw new ErasureBlockedException("table '" + table.table() + "': rows of '" + blocker.table()
                                + "' that are kept point at this row; restrict it instead");
                    }
                }
                List<OperatorTask> left = List.of();
                if (table.erase().mode() == EraseMode.NULLIFY || mustBeRedacted(connection, table, key)) {
                    sql.nullify(connection, table, table.erase().set(), key);
                } else {
                    Optional<String> file = storedFile(connection, table, key);
                    sql.delete(connection, table, key);
                    // Odoo stores a file once per content: it stays while another row names it
                    if (file.isPresent()
                            && sql.keysWhere(connection, table, table.erase().storedFile(), file.get()).isEmpty()) {
                        left = List.of(removeFile(file.get()));
                    }
                }
                if (table.restrict() != null && table.restrict().tag() != null) {
                    sql.unlinkTag(connection, table.restrict().tag(), key); // an erased row is no longer restricted
                }
                connection.commit();
                return ErasureResult.leaving(left);
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlStoreReader.unavailable(store(), e);
        }
    }

    /**
     * The file {@link #erase(String)} would leave: the row's file when the row would be deleted (not redacted) and no
     * other row names the file. Read without changing anything.
     */
    @Override
    public List<OperatorTask> leftByErasure(String reference, Set<String> spared) throws StoreUnavailableException {
        Reference parsed = Reference.parse(reference);
        TableMapping table = table(parsed);
        if (table.erase() == null || table.erase().storedFile() == null
                || table.erase().mode() == EraseMode.NULLIFY) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            Object key = sql.key(table, parsed.key());
            Optional<String> file = storedFile(connection, table, key);
            if (file.isEmpty() || mustBeRedacted(connection, table, key)) {
                return List.of();
            }
            boolean namedElsewhere = sql.keysWhere(connection, table, table.erase().storedFile(), file.get()).stream()
                    .anyMatch(other -> !String.valueOf(other).equals(String.valueOf(key)));
            return namedElsewhere ? List.of() : List.of(removeFile(file.get()));
        } catch (SQLException e) {
            throw SqlStoreReader.unavailable(store(), e);
        }
    }

    private OperatorTask removeFile(String path) {
        return OperatorTask.removeFile(store(), storageRoot + "/" + path);
    }

    /**
     * The path of the row's file outside the database, when the mapping names one. Asked again after the row is
     * gone (a repeated erasure), there is no row and so no task: the first erasure reported it.
     */
    private Optional<String> storedFile(Connection connection, TableMapping table, Object key) throws SQLException {
        String column = table.erase().storedFile();
        if (column == null) {
            return Optional.empty();
        }
        return sql.rowWith(connection, table, List.of(column), key).stream()
                .map(row -> row.get(column)).filter(value -> value != null && !value.toString().isBlank())
                .map(Object::toString).findFirst();
    }


    /** A row the store forbids to delete (Odoo's audit trail of a posted move): its content is replaced instead. */
    private boolean mustBeRedacted(Connection connection, TableMapping table, Object key) throws SQLException {
        List<Map<String, List<String>>> conditions = table.erase().redactWhen();
        if (conditions.isEmpty()) {
            return false;
        }
        Set<String> names = new LinkedHashSet<>();
        conditions.forEach(condition -> names.addAll(condition.keySet()));
        return sql.rowWith(connection, table, names, key).stream()
                .anyMatch(row -> conditions.stream().anyMatch(condition -> MappedSql.matches(condition, row)));
    }

    @Override
    public String restrict(String reference, LocalDate holdUntil)
            throws StoreUnavailableException, StoreRefusedException {
        Reference parsed = Reference.parse(reference);
        TableMapping table = restrictableOrRefused(parsed);
        Restrict restrict = table.restrict();
        if (restrict.outsideStore()) {
            return reference; // the caller records the restriction; the store has no place for it
        }
        try (Connection connection = dataSource.getConnection()) {
            Object key = sql.key(table, parsed.key());
            if (restrict.flagColumn() != null) {
                sql.setFlag(connection, table, restrict.flagColumn(), restrict.restrictedValue(), key);
            } else if (restrict.tag() != null) {
                inTransaction(connection, () -> sql.linkTag(connection, restrict.tag(),
                        sql.tagId(connection, restrict.tag(), true), key));
            } else {
                sql.insertRestriction(connection, restrict.table(), table.table(), parsed.key(), holdUntil);
            }
            return reference;
        } catch (SQLException e) {
            throw SqlStoreReader.unavailable(store(), e);
        }
    }

    @Override
    public String lift(String reference) throws StoreUnavailableException, StoreRefusedException {
        Reference parsed = Reference.parse(reference);
        TableMapping table = restrictableOrRefused(parsed);
        Restrict restrict = table.restrict();
        if (restrict.outsideStore()) {
            return reference;
        }
        try (Connection connection = dataSource.getConnection()) {
            Object key = sql.key(table, parsed.key());
            if (restrict.flagColumn() != null) {
                sql.setFlag(connection, table, restrict.flagColumn(), restrict.liftedValue(), key);
            } else if (restrict.tag() != null) {
                sql.unlinkTag(connection, restrict.tag(), key);
            } else {
                sql.deleteRestriction(connection, restrict.table(), table.table(), parsed.key());
            }
            return reference;
        } catch (SQLException e) {
            throw SqlStoreReader.unavailable(store(), e);
        }
    }

    @Override
    public boolean isRestricted(String reference) throws StoreUnavailableException {
        Reference parsed = Reference.parse(reference);
        TableMapping table = restrictable(parsed);
        Restrict restrict = table.restrict();
        if (restrict.outsideStore()) {
            return true; // the caller keeps the restriction; nothing in the store can lose it
        }
        try (Connection connection = dataSource.getConnection()) {
            return sql.isRestricted(connection, table, restrict, sql.key(table, parsed.key()), parsed.key());
        } catch (SQLException e) {
            throw SqlStoreReader.unavailable(store(), e);
        }
    }

    /**
     * The table's {@code rectify} fields with the value of each field's first column; empty for a row gone or one that
     * matches no {@code rectifyWhen} condition (a posted invoice).
     */
    @Override
    public Map<String, String> rectifiableFields(String reference) throws StoreUnavailableException {
        Reference parsed = Reference.parse(reference);
        TableMapping table = table(parsed);
        if (table.rectify().isEmpty()) {
            return Map.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            Set<String> read = new LinkedHashSet<>();
            table.rectify().values().forEach(columns -> read.add(columns.get(0)));
            table.rectifyWhen().forEach(condition -> read.addAll(condition.keySet()));
            List<Map<String, Object>> rows = sql.rowWith(connection, table, read, sql.key(table, parsed.key()));
            if (rows.isEmpty() || !rectifiable(table, rows.get(0))) {
                return Map.of();
            }
            Map<String, String> fields = new LinkedHashMap<>();
            table.rectify().forEach((field, columns) -> {
                Object value = rows.get(0).get(columns.get(0));
                fields.put(field, value == null ? null : value.toString());
            });
            return java.util.Collections.unmodifiableMap(fields);
        } catch (SQLException e) {
            throw SqlStoreReader.unavailable(store(), e);
        }
    }

    /**
     * Sets every column of each corrected field (Odoo's {@code complete_name} with {@code name}) in one transaction,
     * a derived column in the form the store keeps it ({@code email_normalized} lower case).
     */
    @Override
    public void rectify(String reference, Map<String, String> corrected)
            throws StoreUnavailableException, StoreRefusedException {
        Reference parsed = Reference.parse(reference);
        TableMapping table = table(parsed);
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : corrected.entrySet()) {
            List<String> columns = table.rectify().get(field.getKey());
            if (columns == null) {
                throw new StoreRefusedException(store(), "table '" + table.table() + "' declares no rectifiable field '"
                        + field.getKey() + "'", null);
            }
            columns.forEach(column -> values.put(column, table.storedForm(column, field.getValue())));
        }
        if (values.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            Object key = sql.key(table, parsed.key());
            int[] changed = new int[1];
            boolean[] allowed = {true};
            inTransaction(connection, () -> {
                if (!table.rectifyWhen().isEmpty()) {
                    Set<String> names = new LinkedHashSet<>();
                    table.rectifyWhen().forEach(condition -> names.addAll(condition.keySet()));
                    List<Map<String, Object>> rows = sql.rowWith(connection, table, names, key);
                    allowed[0] = rows.isEmpty() || rectifiable(table, rows.get(0));
                }
                if (allowed[0]) {
                    changed[0] = sql.nullify(connection, table, values, key);
                }
            });
            if (!allowed[0]) {
                throw new StoreRefusedException(store(), "table '" + table.table()
                        + "': this row matches no rectifyWhen condition (it may no longer be changed)", null);
            }
            if (changed[0] == 0) {
                throw new StoreRefusedException(store(), "the record to rectify is gone", null);
            }
        } catch (SQLException e) {
            if (violatesAConstraint(e)) {
                // no outage: the same value will be refused again (another account has this e-mail already)
                throw new StoreRefusedException(store(), "table '" + table.table() + "' refuses the corrected value:"
                        + " a constraint of the store forbids it (" + e.getSQLState() + "), e.g. another record has it"
                        + " already", null);
            }
            throw SqlStoreReader.unavailable(store(), e);
        }
    }

    /** SQLSTATE class 23, integrity constraint violation (a unique index, a check, a foreign key). */
    private static boolean violatesAConstraint(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static boolean rectifiable(TableMapping table, Map<String, Object> row) {
        return table.rectifyWhen().isEmpty()
                || table.rectifyWhen().stream().anyMatch(condition -> MappedSql.matches(condition, row));
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private static void inTransaction(Connection connection, SqlWork work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private TableMapping table(Reference reference) {
        return mapping.table(reference.table())
                .orElseThrow(() -> new IllegalArgumentException("not a reference of this mapping"));
    }

    /**
     * A row of a table the mapping gives no restrict rule is refused for good: asking the store again cannot change it,
     * the assistant decides (or the mapping gains a rule).
     */
    private TableMapping restrictableOrRefused(Reference reference) throws StoreRefusedException {
        try {
            return restrictable(reference);
        } catch (IllegalArgumentException e) {
            throw new StoreRefusedException(store(), e.getMessage(), e);
        }
    }

    private TableMapping restrictable(Reference reference) {
        TableMapping table = table(reference);
        if (table.restrict() == null) {
            throw new IllegalArgumentException("table '" + table.table() + "' has no restrict rule in the mapping");
        }
        return table;
    }
}

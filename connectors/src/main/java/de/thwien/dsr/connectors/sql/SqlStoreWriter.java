package de.thwien.dsr.connectors.sql;

import de.thwien.dsr.connectors.spi.ErasureBlockedException;
import de.thwien.dsr.connectors.spi.ErasureResult;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.spi.StoreWriter;
import de.thwien.dsr.connectors.sql.SqlMapping.DeletionBlocker;
import de.thwien.dsr.connectors.sql.SqlMapping.TableMapping;
import de.thwien.dsr.connectors.sql.SqlStoreReader.Reference;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Write side of a mapped SQL store (write credentials): erase as the mapping says (DELETE, or
 * NULLIFY the personal columns), unless a {@code keepWhile} rule finds dependent rows that are
 * kept (then {@link ErasureBlockedException}: restrict instead); restrict with the flag column or
 * the restriction table; lift undoes it. Each call is one transaction.
 */
public final class SqlStoreWriter implements StoreWriter {

    private final SqlMapping mapping;
    private final DataSource dataSource;
    private final MappedSql sql;

    private SqlStoreWriter(SqlMapping mapping, DataSource dataSource, LiveSchema schema) {
        this.mapping = mapping;
        this.dataSource = dataSource;
        this.sql = new MappedSql(schema);
    }

    /** Checks the mapping against the live schema like {@link SqlStoreReader#open}. */
    public static SqlStoreWriter open(SqlMapping mapping, DataSource dataSource) throws StoreUnavailableException {
        return new SqlStoreWriter(mapping, dataSource, SqlSchemaValidator.checkedSchema(mapping, dataSource));
    }

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
                switch (table.erase().mode()) {
                    case DELETE -> sql.delete(connection, table, key);
                    case NULLIFY -> sql.nullify(connection, table, table.erase().set(), key);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlStoreReader.unavailable(store(), e);
        }
        return ErasureResult.complete();
    }

    @Override
    public String restrict(String reference, LocalDate holdUntil) throws StoreUnavailableException {
        Reference parsed = Reference.parse(reference);
        TableMapping table = restrictable(parsed);
        try (Connection connection = dataSource.getConnection()) {
            if (table.restrict().flagColumn() != null) {
                sql.setFlag(connection, table, table.restrict().flagColumn(), table.restrict().restrictedValue(),
                        sql.key(table, parsed.key()));
            } else {
                sql.insertRestriction(connection, table.restrict().table(), table.table(), parsed.key(), holdUntil);
            }
            return reference;
        } catch (SQLException e) {
            throw SqlStoreReader.unavailable(store(), e);
        }
    }

    @Override
    public String lift(String reference) throws StoreUnavailableException {
        Reference parsed = Reference.parse(reference);
        TableMapping table = restrictable(parsed);
        try (Connection connection = dataSource.getConnection()) {
            if (table.restrict().flagColumn() != null) {
                sql.setFlag(connection, table, table.restrict().flagColumn(), table.restrict().liftedValue(),
                        sql.key(table, parsed.key()));
            } else {
                sql.deleteRestriction(connection, table.restrict().table(), table.table(), parsed.key());
            }
            return reference;
        } catch (SQLException e) {
            throw SqlStoreReader.unavailable(store(), e);
        }
    }

    private TableMapping table(Reference reference) {
        return mapping.table(reference.table())
                .orElseThrow(() -> new IllegalArgumentException("not a reference of this mapping"));
    }

    private TableMapping restrictable(Reference reference) {
        TableMapping table = table(reference);
        if (table.restrict() == null) {
            throw new IllegalArgumentException("table '" + table.table() + "' has no restrict rule in the mapping");
        }
        return table;
    }
}

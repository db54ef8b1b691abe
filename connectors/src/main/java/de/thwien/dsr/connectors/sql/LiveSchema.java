package de.thwien.dsr.connectors.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tables and columns (with their SQL types) of one schema, as the database reports them. */
final class LiveSchema {

    private static final Set<String> INTEGER_TYPES = Set.of("smallint", "integer", "bigint");

    private final String schema;
    private final Map<String, Map<String, String>> columnTypesByTable;

    private LiveSchema(String schema, Map<String, Map<String, String>> columnTypesByTable) {
        this.schema = schema;
        this.columnTypesByTable = columnTypesByTable;
    }

    static LiveSchema read(Connection connection, String schema) throws SQLException {
        Map<String, Map<String, String>> tables = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select table_name, column_name, data_type from information_schema.columns where table_schema = ?")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.computeIfAbsent(rows.getString(1), table -> new HashMap<>())
                            .put(rows.getString(2), rows.getString(3));
                }
            }
        }
        return new LiveSchema(schema, tables);
    }

    String schema() {
        return schema;
    }

    boolean hasTable(String table) {
        return columnTypesByTable.containsKey(table);
    }

    boolean hasColumn(String table, String column) {
        return columnType(table, column).isPresent();
    }

    Optional<String> columnType(String table, String column) {
        return Optional.ofNullable(columnTypesByTable.getOrDefault(table, Map.of()).get(column));
    }

    boolean isUuid(String table, String column) {
        return columnType(table, column).map("uuid"::equals).orElse(false);
    }

    boolean isInteger(String table, String column) {
        return columnType(table, column).map(INTEGER_TYPES::contains).orElse(false);
    }
}

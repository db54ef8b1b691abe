package de.thwien.dsr.systemtests;

import de.thwien.dsr.infra.EmbeddedInfra;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A backup of the demo CRM's schema as an operator takes it: every base table copied aside ({@link #take()}), and put
 * back as it was ({@link #restore()}: each table emptied and filled from the copy, foreign keys not checked meanwhile,
 * as pg_restore does).
 */
final class CrmSchemaBackup {

    private final EmbeddedInfra infra;
    private final String schema;
    private final String backup;

    CrmSchemaBackup(EmbeddedInfra infra, String schema) {
        this.infra = infra;
        this.schema = schema;
        this.backup = schema + "_backup";
    }

    void take() {
        inTransaction(statement -> {
            statement.execute("drop schema if exists " + backup + " cascade");
            statement.execute("create schema " + backup);
            for (String table : tables(statement)) {
                statement.execute("create table " + backup + "." + table + " as select * from " + schema + "."
                        + table);
            }
        });
    }

    void restore() {
        inTransaction(statement -> {
            statement.execute("set local session_replication_role = replica");
            for (String table : tables(statement)) {
                statement.execute("delete from " + schema + "." + table);
                statement.execute("insert into " + schema + "." + table + " select * from " + backup + "." + table);
            }
        });
    }

    /**
     * Per table, its rows as text, sorted: two states compare equal when every row is the same. The restriction tag
     * an erasure creates is not in the backup: restricting again creates it anew under another id, so tags and their
     * links compare by the tag's name, not its id.
     */
    Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new TreeMap<>();
        inTransaction(statement -> {
            for (String table : tables(statement)) {
                List<String> texts = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(rowsOf(table))) {
                    while (result.next()) {
                        texts.add(result.getString(1));
                    }
                }
                Collections.sort(texts);
                rows.put(table, texts);
            }
        });
        return rows;
    }

    private String rowsOf(String table) {
        return switch (table) {
            case "res_partner_category" -> "select (to_jsonb(t) - 'id' - 'parent_path')::text from " + schema
                    + ".res_partner_category t";
            case "res_partner_res_partner_category_rel" -> "select r.partner_id || ' ' || c.name::text from "
                    + schema + ".res_partner_res_partner_category_rel r join " + schema
                    + ".res_partner_category c on c.id = r.category_id";
            default -> "select t::text from " + schema + "." + table + " t";
        };
    }

    private List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("select table_name from information_schema.tables"
                + " where table_schema = '" + schema + "' and table_type = 'BASE TABLE' order by table_name")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    private interface Work {
        void on(Statement statement) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection connection = DriverManager.getConnection(infra.postgresJdbcUrl(), infra.postgresUsername(),
                infra.postgresPassword());
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            work.on(statement);
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("CRM backup failed", e);
        }
    }
}

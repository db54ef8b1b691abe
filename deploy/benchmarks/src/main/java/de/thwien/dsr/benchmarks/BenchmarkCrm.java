package de.thwien.dsr.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/** The Odoo-like CRM schema of the connectors jar with {@code partners} generated res_partner rows. */
final class BenchmarkCrm {

    static final String SCHEMA = "crm_bench";
    private static final int INSERT_BATCH = 2_000;

    private BenchmarkCrm() {
    }

    static void load(Connection connection, int partners) throws SQLException {
        runScript(connection, SCHEMA, "crm/odoo/schema.sql");
        LocalDateTime since = LocalDateTime.of(2020, 1, 1, 9, 0);
        try (PreparedStatement insert = connection.prepareStatement("insert into " + SCHEMA + ".res_partner (id, name,"
                + " email, phone, street, zip, city, active, create_date) values (?, ?, ?, ?, ?, ?, ?, true, ?)")) {
            TerminalProgress progress = TerminalProgress.of("loading CRM partners", partners, "partners");
            for (long id = 1; id <= partners; id++) {
                progress.step();
                insert.setLong(1, id);
                insert.setString(2, BenchmarkPeople.name(id));
                insert.setString(3, BenchmarkPeople.email(id));
                insert.setString(4, BenchmarkPeople.phone(id));
                insert.setString(5, "Hauptstraße " + (id % 200 + 1));
                insert.setString(6, String.format("%05d", 10_000 + id % 80_000));
                insert.setString(7, "Berlin");
                insert.setTimestamp(8, Timestamp.valueOf(since.plusMinutes(id)));
                insert.addBatch();
                if (id % INSERT_BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            progress.finish();
        }
    }

    /** Creates {@code schema} and runs a classpath SQL script in it. */
    static void runScript(Connection connection, String schema, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
            statement.execute("set search_path to " + schema);
            statement.execute(resource(script));
            statement.execute("set search_path to public");
        }
    }

    private static String resource(String name) {
        try (InputStream in = BenchmarkCrm.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package de.thwien.dsr.connectors;

import de.thwien.dsr.infra.EmbeddedInfra;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One embedded PostgreSQL + GreenMail (+ Kafka, which these tests do not use) for the whole test JVM,
 * started on first use and stopped by its shutdown hook. Tests share no state through it: each
 * takes its own database schema or mail accounts.
 */
public final class TestInfra {

    private static EmbeddedInfra infra;

    private TestInfra() {
    }

    public static synchronized EmbeddedInfra get() {
        if (infra == null) {
            infra = EmbeddedInfra.start();
        }
        return infra;
    }

    public static DataSource dataSource(String schema) {
        EmbeddedInfra running = get();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(running.postgresJdbcUrl() + "?currentSchema=" + schema);
        dataSource.setUser(running.postgresUsername());
        dataSource.setPassword(running.postgresPassword());
        return dataSource;
    }

    /** A fresh schema with the given classpath scripts run in it; returns its name. */
    public static String freshSchema(String... scripts) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = dataSource("public").getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
            statement.execute("set search_path to " + schema);
            for (String script : scripts) {
                statement.execute(resource(script));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test schema could not be set up", e);
        }
        return schema;
    }

    public static void execute(String schema, String sql) {
        try (Connection connection = dataSource(schema).getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = TestInfra.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package de.thwien.dsr.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A real PostgreSQL from zonky's binary jar. zonky runs {@code initdb}/{@code postgres} inside
 * {@code unshare -U} when started as root, which PostgreSQL would otherwise refuse.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "dsr";
    static final String USERNAME = "postgres";
    /** Ignored (trust authentication on loopback), but clients insist on having one. */
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * @param keepData keep an existing cluster in {@code dataDirectory} (and do not delete it on close)
     */
    static EmbeddedPostgresServer start(int port, Path dataDirectory, boolean keepData) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                // EmbeddedInfra owns the one shutdown hook, so shutdown order stays mail, Kafka, PostgreSQL
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", LoopbackPorts.HOST)
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory);
        try {
            server.createDatabaseIfMissing();
        } catch (SQLException e) {
            server.close();
            throw new IOException("cannot create database " + DATABASE, e);
        }
        return server;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                query.setString(1, DATABASE);
                try (ResultSet result = query.executeQuery()) {
                    exists = result.next();
                }
            }
            if (!exists) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create database " + DATABASE);
                }
            }
        }
    }

    int port() {
        return postgres.getPort();
    }

    /** The postmaster's pid; pg_ctl daemonizes it, so it is not a child of this JVM. */
    Optional<Long> postmasterPid() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            return Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream()
                    .findFirst()
                    .map(String::trim)
                    .map(Long::valueOf);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the postmaster (pg_ctl stop -m fast) and, for temporary clusters, deletes the data directory. */
    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

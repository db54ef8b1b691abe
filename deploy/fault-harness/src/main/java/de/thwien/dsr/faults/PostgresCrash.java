package de.thwien.dsr.faults;

import de.thwien.dsr.infra.EmbeddedInfra;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Crashes the embedded PostgreSQL as a power cut or the OOM killer would: SIGKILL to the postmaster and every
 * backend at once (no checkpoint, no clean shutdown), then starts it again with the postmaster's own command line,
 * on the same data directory and port, so it runs crash recovery from its WAL. zonky starts PostgreSQL inside
 * {@code unshare -U} when it runs as root (PostgreSQL refuses root), so the restart does the same.
 *
 * <p>zonky starts PostgreSQL with {@code synchronous_commit=off} (on its command line): a commit is acknowledged
 * before its WAL is written, and a crash loses the last fraction of a second of acknowledged commits, as the
 * PostgreSQL manual says. Production runs with the default, {@code on}; {@link #commitDurably} sets it for every
 * session of the harness's databases, so a crash here loses what a crash in production would lose: nothing
 * committed.
 */
final class PostgresCrash {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(500);

    private final EmbeddedInfra infra;
    private final Path logFile;

    PostgresCrash(EmbeddedInfra infra, Path logFile) {
        this.infra = infra;
        this.logFile = logFile;
    }

    /**
     * Every new session of every database commits durably ({@code synchronous_commit=on}, PostgreSQL's default), as
     * in production; a per-database setting overrides the one on the command line. Call before the services open
     * their connections. Fails when a new session does not see it.
     */
    static void commitDurably(EmbeddedInfra infra) {
        try (Connection connection = connect(infra);
             Statement statement = connection.createStatement()) {
            List<String> databases = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select datname from pg_database where not datistemplate")) {
                while (rows.next()) {
                    databases.add(rows.getString(1));
                }
            }
            for (String database : databases) {
                statement.execute("alter database \"" + database.replace("\"", "\"\"")
                        + "\" set synchronous_commit = on");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make PostgreSQL's commits durable", e);
        }
        try (Connection session = connect(infra);
             Statement statement = session.createStatement();
             ResultSet setting = statement.executeQuery("show synchronous_commit")) {
            if (!setting.next() || !"on".equals(setting.getString(1))) {
                throw new IllegalStateException("a new session still commits with synchronous_commit="
                        + setting.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read synchronous_commit", e);
        }
    }

    private static Connection connect(EmbeddedInfra infra) throws SQLException {
        return DriverManager.getConnection(infra.postgresJdbcUrl(), infra.postgresUsername(),
                infra.postgresPassword());
    }

    /** Kills PostgreSQL, waits {@code down}, starts it again and waits until it accepts connections. */
    void crashAndRecover(Duration down) throws InterruptedException {
        ProcessHandle postmaster = postmaster();
        List<String> command = commandLine(postmaster);
        List<ProcessHandle> all = Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().join();
        }
        Thread.sleep(down.toMillis());
        start(command);
        awaitAcceptingConnections();
    }

    private ProcessHandle postmaster() {
        String port = Integer.toString(infra.postgresPort());
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().map(c -> c.endsWith("/bin/postgres")).orElse(false))
                .filter(process -> process.info().arguments().map(List::of)
                        .map(arguments -> arguments.contains("-p") && arguments.contains(port)).orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no postmaster listening on port " + port));
    }

    private static List<String> commandLine(ProcessHandle postmaster) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(postmaster.info().command().orElseThrow());
        command.addAll(List.of(postmaster.info().arguments().orElseThrow()));
        return command;
    }

    private void start(List<String> command) {
        try {
            Files.createDirectories(logFile.getParent());
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start again", e);
        }
    }

    private void awaitAcceptingConnections() throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            try (Connection connection = connect(infra)) {
                return;
            } catch (SQLException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("PostgreSQL did not recover within " + START_TIMEOUT
                            + "; see " + logFile, notYet);
                }
                // deliberate: crash recovery takes as long as it takes, and the only sign of its end is a connection
                Thread.sleep(POLL.toMillis());
            }
        }
    }
}

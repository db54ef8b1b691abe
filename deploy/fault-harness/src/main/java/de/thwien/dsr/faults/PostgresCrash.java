package de.thwien.dsr.faults;

import de.thwien.dsr.infra.EmbeddedInfra;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
            try (Connection connection = DriverManager.getConnection(infra.postgresJdbcUrl(),
                    infra.postgresUsername(), infra.postgresPassword())) {
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

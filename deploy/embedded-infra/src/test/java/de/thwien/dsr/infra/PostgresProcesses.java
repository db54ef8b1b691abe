package de.thwien.dsr.infra;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds PostgreSQL server processes; pg_ctl detaches them, so they are not children of the JVM. */
final class PostgresProcesses {

    private PostgresProcesses() {
    }

    /** The postmaster listening on {@code port}, found by its command line ({@code postgres ... -p <port>}). */
    static Optional<ProcessHandle> postmasterOnPort(int port) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().map(c -> c.endsWith("/bin/postgres")).orElse(false))
                .filter(process -> process.info().arguments()
                        .map(List::of)
                        .map(arguments -> arguments.contains("-p") && arguments.contains(Integer.toString(port)))
                        .orElse(false))
                .findFirst();
    }

    /** The postmaster and its backends, checkpointer, walwriter and so on. */
    static List<ProcessHandle> withChildren(ProcessHandle postmaster) {
        return Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
    }

    static List<ProcessHandle> postgresDescendantsOfThisJvm() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false))
                .toList();
    }
}

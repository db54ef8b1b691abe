package de.thwien.dsr.benchmarks.pipeline;

import de.thwien.dsr.infra.EmbeddedInfra;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The PostgreSQL floor (raw commit rate) and the commit counter the per-case commits are taken from. */
final class PostgresCommits {

    private final EmbeddedInfra infra;

    PostgresCommits(EmbeddedInfra infra) {
        this.infra = infra;
    }

    /** Committed transactions of the whole instance so far ({@code pg_stat_database.xact_commit}, all databases). */
    long committed() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            // statistics are flushed by each backend at most once a second: read a fresh snapshot
            statement.execute("select pg_stat_clear_snapshot()");
            try (ResultSet result = statement.executeQuery("select sum(xact_commit) from pg_stat_database")) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read pg_stat_database", e);
        }
    }

    /**
     * Single-row inserts, each its own transaction (autocommit), from {@code connections} connections at
     * once: the rate at which this PostgreSQL commits small transactions.
     *
     * @return commits per second
     */
    double rawCommitRate(int connections, int commitsPerConnection) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists public.bench_commit (id bigserial primary key,"
                    + " worker int not null, payload text not null)");
        }
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int w = 0; w < connections; w++) {
                int worker = w;
                done.add(workers.submit(() -> {
                    try (Connection connection = connect();
                         PreparedStatement insert = connection.prepareStatement(
                                 "insert into public.bench_commit (worker, payload) values (?, ?)")) {
                        for (int i = 0; i < commitsPerConnection; i++) {
                            insert.setInt(1, worker);
                            insert.setString(2, "commit " + i);
                            insert.executeUpdate();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return connections * (double) commitsPerConnection / seconds;
        } finally {
            workers.shutdownNow();
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("drop table public.bench_commit");
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(infra.postgresJdbcUrl(), infra.postgresUsername(), infra.postgresPassword());
    }
}

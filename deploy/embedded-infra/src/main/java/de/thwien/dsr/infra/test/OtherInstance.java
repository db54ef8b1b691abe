package de.thwien.dsr.infra.test;

import static org.awaitility.Awaitility.await;

import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;

/**
 * Plays another instance of the service under test that is running a {@link SingleInstanceJob}: holds the job's
 * lock on a connection of its own until closed. Taking it waits for a run of the service itself to finish.
 */
public final class OtherInstance implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final SingleInstanceJob job;
    private final SqlConnection connection;

    private OtherInstance(SingleInstanceJob job, SqlConnection connection) {
        this.job = job;
        this.connection = connection;
    }

    /** Another instance that runs {@code job} from now until {@link #close()}. */
    public static OtherInstance running(SingleInstanceJob job, Pool pool) {
        SqlConnection connection = pool.getConnection().await().atMost(PATIENCE);
        try {
            await().atMost(PATIENCE).until(() -> job.tryLock(connection).await().atMost(PATIENCE));
        } catch (RuntimeException e) {
            connection.close().await().atMost(PATIENCE);
            throw e;
        }
        return new OtherInstance(job, connection);
    }

    /** The other instance's run ends: the lock is given back (a pooled connection outlives its close). */
    @Override
    public void close() {
        try {
            job.unlock(connection).await().atMost(PATIENCE);
        } finally {
            connection.close().await().atMost(PATIENCE);
        }
    }
}

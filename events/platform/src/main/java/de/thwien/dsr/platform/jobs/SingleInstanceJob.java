package de.thwien.dsr.platform.jobs;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Runs a job's body on one instance of a service at a time, across all instances that share the database:
 * a run first takes a PostgreSQL session advisory lock on a connection it holds from the pool for the whole
 * run, and skips if another instance (or another thread of this one) holds it. The lock belongs to the
 * connection, so an instance that dies mid-run gives it up with its connection; nobody has to expire it.
 *
 * <p>The lock's keys: a fixed first key and the hash of the service's schema plus the job's name. Advisory
 * locks are per database and the services share one, so without the schema the same job name in two
 * services would exclude each other.
 */
public final class SingleInstanceJob {

    /** First key of every job lock (the outbox relay keeps its own, {@link #onePerSchema}). */
    public static final int JOB_LOCKS = 1146311170;
    private static final String TRY_LOCK = "select pg_try_advisory_lock($1, hashtext(current_schema() || $2))";
    private static final String UNLOCK = "select pg_advisory_unlock($1, hashtext(current_schema() || $2))";
    private static final String HELD = "select exists(select 1 from pg_locks where locktype = 'advisory'"
            + " and granted and database = (select oid from pg_database where datname = current_database())"
            + " and classid = cast(cast($1 as int4) as oid) and objsubid = 2"
            + " and objid = cast(hashtext(current_schema() || $2) as oid))";
    /** Only to get a connection and the lock: the body itself may run as long as it needs. */
    private static final Duration LOCK_PATIENCE = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(SingleInstanceJob.class);

    /** A body that blocks (IMAP, JDBC, store crawls), with the checked exception it may throw. */
    @FunctionalInterface
    public interface BlockingBody<T, E extends Exception> {
        T run() throws E;
    }

    private final Pool pool;
    private final String job;
    private final Tuple key;

    private SingleInstanceJob(Pool pool, String name, Tuple key) {
        this.pool = pool;
        this.job = name;
        this.key = key;
    }

    /** The job {@code name} of the service whose schema the pool's connections use. */
    public static SingleInstanceJob named(String name, Pool pool) {
        return new SingleInstanceJob(pool, name, Tuple.of(JOB_LOCKS, "/" + name));
    }

    /**
     * A job that is one per schema under its own first key: the outbox relay's lock
     * ({@code firstKey, hashtext(current_schema())}), which instances of older versions still take.
     */
    public static SingleInstanceJob onePerSchema(int firstKey, String name, Pool pool) {
        return new SingleInstanceJob(pool, name, Tuple.of(firstKey, ""));
    }

    /**
     * Runs {@code body} if no instance runs this job, holding the lock until the body's Uni terminates; the body
     * gets the lock's connection (it may use it, it must not close it). Emits the body's item, or
     * {@code whenSkipped} if another instance holds the lock.
     */
    public <T> Uni<T> run(T whenSkipped, Function<SqlConnection, Uni<T>> body) {
        return pool.withConnection(connection -> tryLock(connection).chain(locked -> {
            if (!locked) {
                LOG.debugf("job %s skipped: another instance runs it", job);
                return Uni.createFrom().item(whenSkipped);
            }
            return Uni.createFrom().deferred(() -> body.apply(connection))
                    .onTermination().call(() -> unlock(connection));
        }));
    }

    /**
     * Runs a blocking {@code body} on the calling thread (a worker thread, never an event loop) if no instance
     * runs this job. Returns the body's result, or empty if another instance holds the lock.
     */
    public <T, E extends Exception> Optional<T> runBlocking(BlockingBody<T, E> body) throws E {
        SqlConnection connection = pool.getConnection().await().atMost(LOCK_PATIENCE);
        try {
            if (!tryLock(connection).await().atMost(LOCK_PATIENCE)) {
                LOG.debugf("job %s skipped: another instance runs it", job);
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(body.run());
            } finally {
                unlock(connection).await().atMost(LOCK_PATIENCE);
            }
        } finally {
            connection.close().await().atMost(LOCK_PATIENCE);
        }
    }

    /** Whether some instance (this one included) runs the job right now. */
    public Uni<Boolean> isRunning() {
        return pool.preparedQuery(HELD).execute(key).map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** Takes the lock on {@code connection}, as a run does; true if it was free. For tests that play another instance. */
    public Uni<Boolean> tryLock(SqlConnection connection) {
        return connection.preparedQuery(TRY_LOCK).execute(key).map(rows -> rows.iterator().next().getBoolean(0));
    }

    /**
     * Gives the lock back. A pooled connection outlives its close(), so a run must unlock explicitly; if that fails
     * the connection is most likely broken, and the lock went with it.
     */
    public Uni<Void> unlock(SqlConnection connection) {
        return connection.preparedQuery(UNLOCK).execute(key).replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("job %s: lock not given back (%s)", job, failure.getClass().getName());
                    return Uni.createFrom().voidItem();
                });
    }
}

package de.thwien.dsr.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real PostgreSQL: several "instances" are several connections, which is what PostgreSQL sees. */
class SingleInstanceJobTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static EmbeddedPostgres postgres;
    private static Vertx vertx;
    private static Pool pool;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
        vertx = Vertx.vertx();
        pool = Pool.newInstance(PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(4))
                .connectingTo(connectOptions())
                .using(vertx.getDelegate())
                .build());
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        pool.close().await().atMost(PATIENCE);
        vertx.close().await().atMost(PATIENCE);
        postgres.close();
    }

    @Test
    void ofTwoRunsAtOnceOneRunsTheBodyAndTheOtherSkips() throws Exception {
        SingleInstanceJob job = SingleInstanceJob.named(uniqueName(), pool);
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return job.runBlocking(() -> {
                    firstRunning.countDown();
                    return finishFirst.await(PATIENCE.toSeconds(), TimeUnit.SECONDS) ? "first" : "first, timed out";
                });
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(firstRunning.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        Optional<String> blocking = job.runBlocking(() -> "second");
        String reactive = job.run("skipped", connection -> Uni.createFrom().item("third")).await().atMost(PATIENCE);
        finishFirst.countDown();

        assertThat(blocking).as("a blocking run while the first holds the lock").isEmpty();
        assertThat(reactive).as("a reactive run while the first holds the lock").isEqualTo("skipped");
        assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).contains("first");
    }

    @Test
    void afterTheHolderFinishedTheNextRunGetsTheLock() {
        SingleInstanceJob job = SingleInstanceJob.named(uniqueName(), pool);

        assertThat(job.runBlocking(() -> 1)).contains(1);
        assertThat(job.run(0, connection -> Uni.createFrom().item(2)).await().atMost(PATIENCE)).isEqualTo(2);
        assertThat(job.runBlocking(() -> 3)).contains(3);
    }

    @Test
    void aFailingBodyGivesTheLockBack() {
        SingleInstanceJob job = SingleInstanceJob.named(uniqueName(), pool);

        assertThatThrownBy(() -> job.runBlocking(() -> {
            throw new IOException("store away");
        })).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> job.run(0, connection -> Uni.createFrom().<Integer>failure(new IllegalStateException()))
                .await().atMost(PATIENCE)).isInstanceOf(IllegalStateException.class);

        assertThat(job.runBlocking(() -> "ran")).contains("ran");
    }

    @Test
    void skipsWhileAnotherInstanceHoldsTheLockAndRunsWhenItsConnectionDies() {
        SingleInstanceJob job = SingleInstanceJob.named(uniqueName(), pool);
        PgConnection otherInstance = PgConnection.connect(vertx, connectOptions()).await().atMost(PATIENCE);
        assertThat(job.tryLock(otherInstance).await().atMost(PATIENCE)).isTrue();

        assertThat(job.runBlocking(() -> "ran")).isEmpty();
        assertThat(job.isRunning().await().atMost(PATIENCE)).as("running on the other instance").isTrue();

        otherInstance.close().await().atMost(PATIENCE);
        await().atMost(PATIENCE).until(() -> job.runBlocking(() -> "ran").isPresent());
        assertThat(job.isRunning().await().atMost(PATIENCE)).isFalse();
    }

    @Test
    void differentJobsDoNotHoldEachOtherBack() {
        String name = uniqueName();
        PgConnection otherInstance = PgConnection.connect(vertx, connectOptions()).await().atMost(PATIENCE);
        try {
            assertThat(SingleInstanceJob.named(name, pool).tryLock(otherInstance).await().atMost(PATIENCE)).isTrue();

            assertThat(SingleInstanceJob.named(name + "-other", pool).runBlocking(() -> "ran")).contains("ran");
        } finally {
            otherInstance.close().await().atMost(PATIENCE);
        }
    }

    @Test
    void theSameJobOfAnotherServiceSchemaDoesNotHoldThisOneBack() {
        String name = uniqueName();
        PgConnection otherService = PgConnection.connect(vertx, connectOptions()).await().atMost(PATIENCE);
        try {
            otherService.query("create schema if not exists other_service").execute().await().atMost(PATIENCE);
            otherService.query("set search_path to other_service").execute().await().atMost(PATIENCE);
            assertThat(SingleInstanceJob.named(name, pool).tryLock(otherService).await().atMost(PATIENCE)).isTrue();

            assertThat(SingleInstanceJob.named(name, pool).runBlocking(() -> "ran")).contains("ran");
        } finally {
            otherService.close().await().atMost(PATIENCE);
        }
    }

    @Test
    void isRunningSeesHeldLocksWhateverTheSignOfTheirHash() {
        List<String> names = IntStream.range(0, 16).mapToObj(i -> "sign-" + i).toList();
        PgConnection otherInstance = PgConnection.connect(vertx, connectOptions()).await().atMost(PATIENCE);
        try {
            Set<Boolean> negative = new HashSet<>();
            for (String name : names) {
                negative.add(otherInstance.preparedQuery("select hashtext(current_schema() || '/' || $1) < 0")
                        .execute(Tuple.of(name)).await().atMost(PATIENCE).iterator().next().getBoolean(0));
                assertThat(SingleInstanceJob.named(name, pool).tryLock(otherInstance).await().atMost(PATIENCE))
                        .isTrue();
            }
            assertThat(negative).as("both signs of the lock's second key are covered").containsExactlyInAnyOrder(
                    true, false);

            assertThat(names).allSatisfy(name -> assertThat(
                    SingleInstanceJob.named(name, pool).isRunning().await().atMost(PATIENCE)).as(name).isTrue());
        } finally {
            otherInstance.close().await().atMost(PATIENCE);
        }
    }

    private static String uniqueName() {
        return "job-" + UUID.randomUUID();
    }

    private static PgConnectOptions connectOptions() {
        return new PgConnectOptions().setHost("127.0.0.1").setPort(postgres.getPort()).setDatabase("postgres")
                .setUser("postgres").setPassword("postgres");
    }
}

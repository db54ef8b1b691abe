package de.thwien.dsr.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.platform.codec.EventDecodingException;
import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InboxRetriesTest {

    private static final InboxRetries RETRIES = new InboxRetries(3, Duration.ofSeconds(5), Duration.ofMillis(5),
            Duration.ofMillis(20));

    @Test
    void anEffectFailingBecausePostgresRefusesConnectionsIsRetriedUntilTheDatabaseIsBack() {
        AtomicInteger attempts = new AtomicInteger();
        // a 5 s outage seen by a consumer: far more failed attempts than the 3 retries for other failures
        Uni<String> effect = failingFirst(20, attempts,
                () -> new CompletionException(new ConnectException("Connection refused")));

        assertThat(RETRIES.applyTo(effect).await().atMost(Duration.ofSeconds(10))).isEqualTo("applied");
        assertThat(attempts).hasValue(21);
    }

    @Test
    void aConnectionCutDuringTheTransactionCountsAsAnOutageToo() {
        AtomicInteger attempts = new AtomicInteger();
        Uni<String> effect = failingFirst(10, attempts, () -> ClosedConnectionException.INSTANCE);

        assertThat(RETRIES.applyTo(effect).await().atMost(Duration.ofSeconds(10))).isEqualTo("applied");
    }

    @Test
    void anOutageLongerThanTheRetryWindowStillEndsInAFailureForTheDeadLetterTopic() {
        InboxRetries shortWindow = new InboxRetries(3, Duration.ofMillis(200), Duration.ofMillis(5),
                Duration.ofMillis(20));
        AtomicInteger attempts = new AtomicInteger();
        Uni<String> effect = failingFirst(Integer.MAX_VALUE, attempts, () -> new ConnectException("refused"));

        assertThatThrownBy(() -> shortWindow.applyTo(effect).await().atMost(Duration.ofSeconds(10)))
                .hasRootCauseInstanceOf(ConnectException.class);
    }

    @Test
    void anyOtherFailureIsRetriedOnlyTheConfiguredNumberOfTimes() {
        AtomicInteger attempts = new AtomicInteger();
        Uni<String> effect = failingFirst(Integer.MAX_VALUE, attempts, () -> new IllegalStateException("bug"));

        assertThatThrownBy(() -> RETRIES.applyTo(effect).await().atMost(Duration.ofSeconds(10)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(4);
    }

    @Test
    void anUndecodableRecordIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        Uni<String> effect = failingFirst(Integer.MAX_VALUE, attempts, () -> new EventDecodingException("not JSON"));

        assertThatThrownBy(() -> RETRIES.applyTo(effect).await().atMost(Duration.ofSeconds(10)))
                .isInstanceOf(EventDecodingException.class);
        assertThat(attempts).hasValue(1);
    }

    private static Uni<String> failingFirst(int failures, AtomicInteger attempts, Supplier<Throwable> failure) {
        return Uni.createFrom().deferred(() -> attempts.incrementAndGet() <= failures
                ? Uni.createFrom().failure(failure.get())
                : Uni.createFrom().item("applied"));
    }
}

package de.thwien.dsr.intake.cases;

import de.thwien.dsr.events.RequestType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code dsr_case_answer_time_seconds}: the time from a request's receipt to its answer, a histogram per request type
 * with buckets at days that matter for the one-month deadline (1, 7, 14, 21, 28, 31 days, then the extension's 61
 * and 92). Recorded when a case moves to RESPONDED; a transaction that is rolled back and retried may record a case
 * twice (rare: the answer's event is applied once). Created at start, so every type is scraped (at 0) from the start.
 */
@Startup
@ApplicationScoped
public class AnswerTimes {

    private static final Duration[] BUCKETS = {Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(14),
            Duration.ofDays(21), Duration.ofDays(28), Duration.ofDays(31), Duration.ofDays(61), Duration.ofDays(92)};

    private final MeterRegistry registry;

    public AnswerTimes(MeterRegistry registry) {
        this.registry = registry;
        for (RequestType type : RequestType.values()) {
            timer(type);
        }
    }

    void answered(RequestType type, Instant receivedAt, Instant answeredAt) {
        timer(type).record(Duration.between(receivedAt, answeredAt).isNegative() ? Duration.ZERO
                : Duration.between(receivedAt, answeredAt));
    }

    private Timer timer(RequestType type) {
        return Timer.builder("dsr.case.answer.time")
                .description("Time from a request's receipt to its answer")
                .tag("type", type.name())
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }
}

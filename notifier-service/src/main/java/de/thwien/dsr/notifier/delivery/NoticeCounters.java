package de.thwien.dsr.notifier.delivery;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Notices per kind as counters (README, "Metrics"): {@code dsr_notices_sent_total}, {@code dsr_notices_failed_total}
 * (given up on after the attempts, or refused address) and {@code dsr_notices_bounced_total} (a delivery report came
 * back). Every kind is registered at start, so each reads 0 until something happens. Counted in the transaction that
 * records the outcome: a transaction retried after a rollback may count twice (rare).
 */
@Startup
@ApplicationScoped
public class NoticeCounters {

    private final MeterRegistry registry;

    public NoticeCounters(MeterRegistry registry) {
        this.registry = registry;
        for (NoticeKind kind : NoticeKind.values()) {
            sent(kind);
            failed(kind);
            bounced(kind);
        }
    }

    Counter sent(NoticeKind kind) {
        return counter("dsr.notices.sent", "Notices handed to the mail server and accepted", kind);
    }

    Counter failed(NoticeKind kind) {
        return counter("dsr.notices.failed", "Notices given up on (attempts used up or address refused)", kind);
    }

    Counter bounced(NoticeKind kind) {
        return counter("dsr.notices.bounced", "Notices a delivery report (bounce) came back for", kind);
    }

    private Counter counter(String name, String description, NoticeKind kind) {
        return Counter.builder(name).description(description).tag("kind", kind.name()).register(registry);
    }
}

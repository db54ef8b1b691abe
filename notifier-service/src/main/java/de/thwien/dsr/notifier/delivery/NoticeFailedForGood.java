package de.thwien.dsr.notifier.delivery;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.event.Event;
import java.util.function.Supplier;

/**
 * A notice failed for good (given up after its attempts, or bounced), raised as a CDI event in the transaction that
 * marks its delivery failed, so that delivery need not know who is told (the assistant's alert). An observer cannot
 * return reactive work, so it adds its work to the event ({@link #thenRecord}); the raiser runs that work in the same
 * transaction, after the failure itself is recorded.
 */
public final class NoticeFailedForGood {

    private final NoticeDelivery delivery;
    private Uni<Void> consequences = Uni.createFrom().voidItem();

    private NoticeFailedForGood(NoticeDelivery delivery) {
        this.delivery = delivery;
    }

    /** Tells the observers; returns their work, to be run in the caller's transaction. */
    static Uni<Void> raise(Event<NoticeFailedForGood> event, NoticeDelivery delivery) {
        NoticeFailedForGood failure = new NoticeFailedForGood(delivery);
        event.fire(failure);
        return failure.consequences;
    }

    public NoticeDelivery delivery() {
        return delivery;
    }

    /** Adds work to the transaction that marks the notice failed; it runs after the work added before it. */
    public void thenRecord(Supplier<Uni<Void>> work) {
        consequences = consequences.chain(work::get);
    }
}

package de.thwien.dsr.notifier.delivery;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.event.Event;
import java.util.function.Supplier;

/**
 * A notice was handed to the mail server or failed for good: its outcome is known. Raised as a CDI event in the
 * transaction that records it, so that a notice waiting on another one (the requester's erasure confirmation on the
 * recipients' instructions) can follow without delivery knowing about it. Like {@link NoticeFailedForGood}, an
 * observer adds its work ({@link #thenRecord}), which the raiser runs in the same transaction.
 */
public final class NoticeSettled {

    private final NoticeDelivery delivery;
    private Uni<Void> consequences = Uni.createFrom().voidItem();

    private NoticeSettled(NoticeDelivery delivery) {
        this.delivery = delivery;
    }

    static Uni<Void> raise(Event<NoticeSettled> event, NoticeDelivery delivery) {
        NoticeSettled settled = new NoticeSettled(delivery);
        event.fire(settled);
        return settled.consequences;
    }

    public NoticeDelivery delivery() {
        return delivery;
    }

    /** Adds work to the transaction that records the outcome; it runs after the work added before it. */
    public void thenRecord(Supplier<Uni<Void>> work) {
        consequences = consequences.chain(work::get);
    }
}

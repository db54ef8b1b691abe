package de.thwien.dsr.intake.requests;

import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.intake.deadlines.Deadlines;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which receipt instants the assistant may register for a request that reached the controller another way: none in
 * the future, and none so old that even the longest period, the extended one (Art. 12(3)), has already ended: such a
 * request is overdue under every reading, which registering cannot mend.
 */
public final class ReceiptWindow {

    private static final DeadlineCalculator DEADLINES = new DeadlineCalculator();

    private ReceiptWindow() {
    }

    /** Why the receipt instant is refused at {@code now}, or empty when it is taken. */
    public static Optional<String> refusalOf(Instant receivedAt, Instant now) {
        if (receivedAt.isAfter(now)) {
            return Optional.of("the receipt instant " + receivedAt + " lies in the future");
        }
        Deadlines deadlines = DEADLINES.deadlinesFor(receivedAt);
        LocalDate today = now.atZone(DeadlineCalculator.BERLIN).toLocalDate();
        if (deadlines.extendedDueOn().isBefore(today)) {
            return Optional.of("the receipt instant " + receivedAt + " is older than the longest deadline: even the"
                    + " extended period ended on " + deadlines.extendedDueOn());
        }
        return Optional.empty();
    }
}

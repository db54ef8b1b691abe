package de.thwien.dsr.intake.verification;

import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import java.time.LocalDate;

/**
 * When a requester whose verification link expired unused is told that her request cannot be carried out until her
 * identity is confirmed: after a grace of NRW working days, in which the assistant may still verify another way,
 * but always before the due date, because the notice is the Art. 12(4) answer that must reach her within the
 * period. Plain Java, no framework.
 */
public final class UnverifiedGrace {

    private final DeadlineCalculator calendar = new DeadlineCalculator();
    private final int workingDays;

    public UnverifiedGrace(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("the grace is a number of working days, 0 or more");
        }
        this.workingDays = workingDays;
    }

    /**
     * The day the notice is due: the grace's last working day after {@code expiredOn}; if that is not before
     * {@code dueOn}, the last working day before {@code dueOn}; if that has passed by {@code expiredOn}, at once.
     */
    public LocalDate noticeOn(LocalDate expiredOn, LocalDate dueOn) {
        LocalDate graceEnds = calendar.plusWorkingDays(expiredOn, workingDays);
        if (graceEnds.isBefore(dueOn)) {
            return graceEnds;
        }
        LocalDate lastBeforeDue = calendar.lastWorkingDayBefore(dueOn);
        return lastBeforeDue.isBefore(expiredOn) ? expiredOn : lastBeforeDue;
    }
}

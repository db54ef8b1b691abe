package de.thwien.dsr.intake.deadlines;

import java.time.LocalDate;

/**
 * The dates of one request: the receipt day (not counted), the due date one month later and
 * the latest extended due date two further months after the first period's unshifted end, both rolled to the
 * next working day.
 */
public record Deadlines(LocalDate receivedOn, LocalDate dueOn, LocalDate extendedDueOn) {
}

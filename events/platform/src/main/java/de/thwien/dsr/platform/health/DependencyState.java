package de.thwien.dsr.platform.health;

import java.time.Instant;

/**
 * What a store or mail server answered at its last check: up, or down with the reason in words (never personal data)
 * and the instant since when it has been down without a good check in between.
 *
 * @param checkedAt null before the first check
 */
public record DependencyState(boolean up, String error, Instant downSince, Instant checkedAt) {

    /** Before the first check nothing is known against it: up, and never checked. */
    public static final DependencyState NOT_YET_CHECKED = new DependencyState(true, null, null, null);

    public DependencyState afterSuccess(Instant now) {
        return new DependencyState(true, null, null, now);
    }

    /** Down since the first failed check of this outage: a later failure keeps that instant. */
    public DependencyState afterFailure(String reason, Instant now) {
        return new DependencyState(false, reason, up ? now : downSince, now);
    }
}

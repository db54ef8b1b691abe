package de.thwien.dsr.intake.deadletters;

/**
 * Where a dead letter stands. It is work while OPEN; a replay or a note (HANDLED) ends it, once: a record that
 * fails again after its replay comes back as a new dead letter.
 */
public enum DeadLetterStatus {
    OPEN, REPLAYED, HANDLED;

    public boolean isOpen() {
        return this == OPEN;
    }

    /** Replaying and marking handled both start from OPEN and end the dead letter. */
    public boolean allows(DeadLetterStatus next) {
        return this == OPEN && next != OPEN;
    }
}

package de.thwien.dsr.localstack;

import java.time.Duration;

/**
 * What the local stack reports while it starts: each component the moment it is ready, with the time since the
 * start, so that a person waiting at the terminal sees it move.
 */
@FunctionalInterface
public interface StartupProgress {

    /** For callers that print nothing (tests, harnesses: they log their own way). */
    StartupProgress SILENT = (component, sinceStart) -> { };

    void ready(String component, Duration sinceStart);
}

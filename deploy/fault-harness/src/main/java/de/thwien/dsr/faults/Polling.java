package de.thwien.dsr.faults;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Awaitility as the harness and the benchmarks poll the running system: the condition is looked at once
 * at the start and then after each poll interval, in the calling thread, so a timeout is only noticed
 * between two looks (a slow look is never cut short).
 */
public final class Polling {

    private Polling() {
    }

    public static ConditionFactory await() {
        return Awaitility.await()
                .pollDelay(Duration.ZERO)
                .pollInSameThread()
                // a broker or client thread dying of a fault is part of the run, not a failed wait
                .dontCatchUncaughtExceptions();
    }
}

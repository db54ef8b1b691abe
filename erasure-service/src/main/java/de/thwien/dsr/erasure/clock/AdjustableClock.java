package de.thwien.dsr.erasure.clock;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The service clock: the system clock plus an offset that is zero unless moved, in German time: a hold ends, and a
 * record becomes erasable, on a day as the requester and the tax office count it (a notice sent at 00:09 on 7 December
 * must not say "from 6 December"). Only the
 * local stack and the system tests move it ({@link ClockResource}, switched on by
 * {@code dsr.clock.adjustable}), to let a hold end years early and watch the deferred erasure run
 * by itself. Tests inside this module replace the whole bean ({@code MovableClock}).
 */
@DefaultBean
@ApplicationScoped
public class AdjustableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock forward; it never goes back, so nothing already due becomes undue. */
    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        offset = offset.plus(by);
    }

    public Duration offset() {
        return offset;
    }

    /** Where the days of holds and deferred erasures are counted. */
    public static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    @Override
    public ZoneId getZone() {
        return GERMANY;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}

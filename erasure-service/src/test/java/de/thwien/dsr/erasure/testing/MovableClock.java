package de.thwien.dsr.erasure.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service clock in tests: starts on a fixed day and keeps ticking in real time (so retry
 * backoffs elapse) until a test moves it to another day. Tests that move it put it back in
 * {@code @AfterEach}, so no other test sees their date.
 */
@ApplicationScoped
public class MovableClock extends Clock {

    public static final Instant DEFAULT_NOW = Instant.parse("2026-11-26T10:00:00Z");

    private record Anchor(Instant at, long nanoTime) {
    }

    private volatile Anchor anchor = new Anchor(DEFAULT_NOW, System.nanoTime());

    public void moveTo(LocalDate day) {
        anchor = new Anchor(day.atTime(10, 0).toInstant(ZoneOffset.UTC), System.nanoTime());
    }

    public void reset() {
        anchor = new Anchor(DEFAULT_NOW, System.nanoTime());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Anchor current = anchor;
        return current.at().plusNanos(System.nanoTime() - current.nanoTime());
    }
}

package de.thwien.dsr.erasure.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    @Test
    void daysAreGermanDaysSoThatAMoveJustBeforeMidnightUtcIsAlreadyTheNextDay() {
        AdjustableClock clock = new AdjustableClock();

        assertThat(clock.getZone().getId()).isEqualTo("Europe/Berlin");
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now(AdjustableClock.GERMANY));
    }

    @Test
    void movingTheClockKeepsItsZone() {
        AdjustableClock clock = new AdjustableClock();
        clock.advance(Duration.ofDays(3650));

        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now(AdjustableClock.GERMANY).plusDays(3650));
    }
}

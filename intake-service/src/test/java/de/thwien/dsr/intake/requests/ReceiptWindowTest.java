package de.thwien.dsr.intake.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReceiptWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-06T13:00:00Z");

    @Test
    void aReceiptOfFiveDaysAgoIsTaken() {
        assertThat(ReceiptWindow.refusalOf(Instant.parse("2026-12-01T09:00:00Z"), NOW)).isEmpty();
    }

    @Test
    void aReceiptAtThisVeryMomentIsTaken() {
        assertThat(ReceiptWindow.refusalOf(NOW, NOW)).isEmpty();
    }

    @Test
    void aReceiptInTheFutureIsRefused() {
        assertThat(ReceiptWindow.refusalOf(NOW.plusSeconds(60), NOW)).hasValueSatisfying(
                reason -> assertThat(reason).contains("future"));
    }

    @Test
    void aReceiptWhoseExtendedPeriodEndsTodayIsStillTaken() {
        // received Fri 4 Sep 2026: the extended period ends 4 Dec, a Friday
        assertThat(ReceiptWindow.refusalOf(Instant.parse("2026-09-04T08:00:00Z"),
                Instant.parse("2026-12-04T20:00:00Z"))).isEmpty();
    }

    @Test
    void aReceiptWhoseExtendedPeriodHasEndedIsRefused() {
        assertThat(ReceiptWindow.refusalOf(Instant.parse("2026-09-04T08:00:00Z"),
                Instant.parse("2026-12-05T08:00:00Z"))).hasValueSatisfying(
                        reason -> assertThat(reason).contains("2026-12-04"));
    }
}

package de.thwien.dsr.intake.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubmissionLimitsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    /** 100 per client, 2 per mailbox, 3 per domain, in one hour. */
    private final SubmissionLimits limits = new SubmissionLimits(100, 2, 3, Duration.ofHours(1));

    @Test
    void plusAddressesOfOneMailboxCountTogether() {
        assertThat(limits.tryAcquire("10.0.0.1", "anna+1@example.org", NOW)).isEmpty();
        assertThat(limits.tryAcquire("10.0.0.2", "Anna+2@example.org", NOW)).isEmpty();

        assertThat(limits.tryAcquire("10.0.0.3", "anna+3@example.org", NOW)).isPresent();
    }

    @Test
    void oneTargetDomainIsLimitedWhateverTheMailboxesAndClients() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.tryAcquire("10.0.1." + i, "person" + i + "@victim.example", NOW)).isEmpty();
        }

        assertThat(limits.tryAcquire("10.0.1.9", "someone-else@VICTIM.example", NOW))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive());
        assertThat(limits.tryAcquire("10.0.1.9", "someone@other.example", NOW)).isEmpty();
    }

    @Test
    void aRefusedAttemptDoesNotUseUpTheMailboxOrDomain() {
        SubmissionLimits oneClient = new SubmissionLimits(1, 2, 3, Duration.ofHours(1));
        oneClient.tryAcquire("10.0.2.1", "first@example.org", NOW);

        assertThat(oneClient.tryAcquire("10.0.2.1", "anna@example.org", NOW)).isPresent();
        assertThat(oneClient.tryAcquire("10.0.2.2", "anna@example.org", NOW)).isEmpty();
        assertThat(oneClient.tryAcquire("10.0.2.3", "anna@example.org", NOW)).isEmpty();
    }
}

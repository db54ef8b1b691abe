package de.thwien.dsr.intake.verification;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Reminders and expiry of verification links. The state lives in the database, so a restart or a second
 * instance picks up where the last run stopped.
 */
@ApplicationScoped
public class VerificationJobs {

    private final IdentityVerifications verifications;
    private final Clock clock;

    public VerificationJobs(IdentityVerifications verifications, Clock clock) {
        this.verifications = verifications;
        this.clock = clock;
    }

    @Scheduled(every = "${dsr.verification.job-interval}", delayed = "${dsr.verification.job-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        Instant now = clock.instant();
        return verifications.sendReminders(now).chain(() -> verifications.expire(now)).replaceWithVoid();
    }
}

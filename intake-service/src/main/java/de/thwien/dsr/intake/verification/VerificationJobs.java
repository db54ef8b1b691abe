package de.thwien.dsr.intake.verification;

import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Reminders and expiry of verification links, and the notice to a requester whose link expired unused once the
 * grace has passed. The state lives in the database, so a restart or a second
 * instance picks up where the last run stopped; one instance runs them at a time.
 */
@ApplicationScoped
public class VerificationJobs {

    /** The job's name for its lock across instances. */
    static final String JOB = "verification-reminders";

    private final IdentityVerifications verifications;
    private final Clock clock;
    private final SingleInstanceJob job;

    public VerificationJobs(IdentityVerifications verifications, Clock clock, Pool pool) {
        this.verifications = verifications;
        this.clock = clock;
        // two instances at once would both send a due reminder; its own lock, so the deadline watch does not wait
        this.job = SingleInstanceJob.named(JOB, pool);
    }

    @Scheduled(every = "${dsr.verification.job-interval}", delayed = "${dsr.verification.job-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return job.run(null, connection -> {
            Instant now = clock.instant();
            return verifications.sendReminders(now).chain(() -> verifications.expire(now))
                    .chain(() -> verifications.noticeUnconfirmed(now)).replaceWithVoid();
        });
    }
}

package de.thwien.dsr.erasure.jobs;

import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.erasure.plans.ErasureConfig;
import de.thwien.dsr.erasure.plans.RequestedRestriction;
import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.erasure.stores.ConferenceRecordings;
import de.thwien.dsr.erasure.stores.ConferenceRecordings.StoredRecording;
import de.thwien.dsr.erasure.stores.StoreFailure;
import de.thwien.dsr.erasure.ledger.ErasureLedger;
import de.thwien.dsr.erasure.ledger.LedgerEntry;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Routine retention from the operator's privacy policy: conference recordings older than their
 * maximum storage (14 days by default) are deleted through the BBB API, and their Greenlight rows
 * with them; a recording restricted at a requester's request (Art. 18 GDPR) is kept until it is lifted. A dry run
 * only reports what would be deleted. Every run is recorded with its report
 * (recording ids and Greenlight references, no personal data). One instance runs it at a time, scheduled or
 * on demand.
 */
@ApplicationScoped
public class RoutineRetentionJob {

    private static final Logger LOG = Logger.getLogger(RoutineRetentionJob.class);
    /** The calendar the privacy policy's periods are counted on (a month or a day across a DST change). */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** {@code deletedReferences}: the conference store's references of the recordings deleted, for the ledger. */
    private record Result(boolean dryRun, int deleted, int failed, int wouldDelete, List<String> report,
            List<OperatorTask> operatorTasks, List<String> deletedReferences) {
    }

    private final ConferenceRecordings recordings;
    private final ErasureLedger ledger;
    private final RetentionPolicy policy;
    private final ErasureConfig.Routine config;
    private final Vertx vertx;
    private final Clock clock;
    private final SingleInstanceJob job;

    public RoutineRetentionJob(ConferenceRecordings recordings, ErasureLedger ledger, RetentionPolicy policy,
            ErasureConfig config, Vertx vertx, Clock clock, Pool pool) {
        this.recordings = recordings;
        this.ledger = ledger;
        this.policy = policy;
        this.config = config.routine();
        this.vertx = vertx;
        this.clock = clock;
        // every instance would sweep the same recordings and delete each one twice through the BBB API
        this.job = SingleInstanceJob.named(JobRun.ROUTINE_RETENTION, pool);
    }

    @Scheduled(every = "{dsr.erasure.routine.every}", delayed = "{dsr.erasure.routine.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledRun() {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return run(false).replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf("routine retention run failed: %s", failure.getClass().getName());
                    return null;
                });
    }

    /**
     * Runs now; a dry run is forced by {@code dryRun} or by configuration. Emits null, doing nothing, while another
     * instance runs it.
     */
    public Uni<JobRun> run(boolean dryRun) {
        return job.run(null, connection -> sweepAndRecord(dryRun));
    }

    private Uni<JobRun> sweepAndRecord(boolean dryRun) {
        Instant started = clock.instant();
        boolean onlyReport = dryRun || config.dryRun();
        return Panache.withSession(() -> RequestedRestriction.recordsRestrictedAtRequest(recordings.store()))
                .chain(spared -> vertx.executeBlocking(Uni.createFrom().item(() -> sweep(started, onlyReport,
                        spared))))
                .chain(result -> Panache.withTransaction(() -> {
                    JobRun run = new JobRun();
                    run.job = JobRun.ROUTINE_RETENTION;
                    run.startedAt = started;
                    run.finishedAt = clock.instant();
                    run.dryRun = result.dryRun();
                    run.erased = result.deleted();
                    run.failed = result.failed();
                    run.wouldErase = result.wouldDelete();
                    run.report = String.join("\n", result.report());
                    LOG.infof("routine retention%s: %d deleted, %d failed, %d would be deleted",
                            result.dryRun() ? " (dry run)" : "", run.erased, run.failed, run.wouldErase);
                    // no case asked for these deletions: the jobs overview shows what they left to the operator
                    return de.thwien.dsr.erasure.plans.OperatorTask.leftByRoutineRetention(result.operatorTasks(),
                            run.finishedAt).chain(() -> appendToLedger(result.deletedReferences(), run.finishedAt))
                            .chain(() -> run.persist()).replaceWith(run);
                }));
    }

    /** A recording's reference survives a restore: its keyed hash is its restorable identity. */
    private Uni<Void> appendToLedger(List<String> references, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String reference : references) {
            chain = chain.chain(() -> ledger.append(recordings.store(), ledger.digestOf(recordings.store(), reference),
                    LedgerEntry.Action.ERASED, null, null, null, now));
        }
        return chain;
    }

    private String rowsOf(String recordId) {
        try {
            return recordings.greenlightRows(recordId).toString();
        } catch (StoreFailure e) {
            return "(not readable: " + e.getMessage() + ")";
        }
    }

    /** {@code spared}: recordings restricted at a requester's request (Art. 18 GDPR), kept until it is lifted. */
    private Result sweep(Instant now, boolean dryRun, Set<String> spared) {
        List<String> report = new ArrayList<>();
        List<StoredRecording> all;
        try {
            all = recordings.list();
        } catch (StoreFailure e) {
            report.add("failed to list recordings: " + e.getMessage());
            return new Result(dryRun, 0, 1, 0, report, List.of(), List.of());
        }
        List<OperatorTask> left = new ArrayList<>();
        List<String> deletedReferences = new ArrayList<>();
        int deleted = 0;
        int failed = 0;
        int wouldDelete = 0;
        for (StoredRecording recording : all) {
            Instant due = policy.routinelyErasableAt(config.recordingCategory(), recording.recordedAt(), BERLIN);
            if (due.isAfter(now)) {
                continue;
            }
            String named = "recording " + recording.recordId() + " of " + recording.recordedAt();
            if (spared.contains(ConferenceRecordings.referenceOf(recording.recordId()))) {
                report.add("kept " + named + ": restricted at the requester's request (Art. 18 GDPR) until lifted");
                continue;
            }
            if (dryRun) {
                wouldDelete++;
                report.add("would delete " + named + " on BBB and the Greenlight rows "
                        + rowsOf(recording.recordId()));
                continue;
            }
            try {
                ConferenceRecordings.Deletion deletion = recordings.delete(recording.recordId());
                deleted++;
                deletedReferences.add(ConferenceRecordings.referenceOf(recording.recordId()));
                left.addAll(deletion.operatorTasks());
                report.add("deleted " + named + " on BBB and the Greenlight rows " + deletion.greenlightRows()
                        + (deletion.operatorTasks().isEmpty() ? "" : "; left to the operator: "
                                + deletion.operatorTasks().stream().map(OperatorTask::instruction).toList()));
            } catch (StoreFailure e) {
                failed++;
                report.add("failed to delete " + named + ": " + e.getMessage());
            }
        }
        return new Result(dryRun, deleted, failed, wouldDelete, report, left, deletedReferences);
    }
}

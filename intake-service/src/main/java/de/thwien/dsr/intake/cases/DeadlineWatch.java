package de.thwien.dsr.intake.cases;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.deadletters.DeadLetters;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Flags open cases due within 7 days (DUE_SOON) or past their due date (OVERDUE), and once a day asks the
 * notifier for the assistant's digest, which also counts the open dead letters per topic. The day's digest is recorded in the database, so restarts and
 * further instances do not send it twice; one instance watches at a time.
 */
@ApplicationScoped
public class DeadlineWatch {

    /** The job's name for its lock across instances. */
    public static final String JOB = "deadline-watch";

    public static final String DUE_SOON = "DUE_SOON";
    public static final String OVERDUE = "OVERDUE";
    static final int DUE_SOON_DAYS = 7;
    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);

    private final Outbox outbox;
    private final Clock clock;
    private final SingleInstanceJob job;
    private final DeadLetters deadLetters;

    public DeadlineWatch(Outbox outbox, Clock clock, Pool pool, DeadLetters deadLetters) {
        this.outbox = outbox;
        this.clock = clock;
        this.deadLetters = deadLetters;
        // two instances at once would both write a case's deadline timeline entry
        this.job = SingleInstanceJob.named(JOB, pool);
    }

    @Scheduled(every = "${dsr.deadlines.watch-interval:15m}", delayed = "${dsr.deadlines.watch-interval:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return job.run(null, connection -> watch(clock.instant()).replaceWithVoid());
    }

    /** Flags the cases and, the first time on a day, appends the digest event. True if it did. */
    @WithTransaction
    public Uni<Boolean> watch(Instant now) {
        LocalDate today = now.atZone(DeadlineCalculator.BERLIN).toLocalDate();
        List<CaseStatus> open = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();
        // an extended, answered or closed case is no longer due soon or overdue
        return DsrCase.update("deadlineFlag = null where deadlineFlag is not null "
                                + "and (status not in ?1 or currentDueOn > ?2)", open, today.plusDays(DUE_SOON_DAYS))
                .chain(() -> DsrCase.<DsrCase>find("status in ?1 and currentDueOn <= ?2 order by currentDueOn", open,
                        today.plusDays(DUE_SOON_DAYS)).withLock(LockModeType.PESSIMISTIC_WRITE).list())
                .chain(cases -> flag(cases, today, now).replaceWith(cases))
                .chain(cases -> digestOnce(cases, today));
    }

    private Uni<Void> flag(List<DsrCase> cases, LocalDate today, Instant now) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (DsrCase dsrCase : cases) {
            String flag = dsrCase.currentDueOn.isBefore(today) ? OVERDUE : DUE_SOON;
            if (!flag.equals(dsrCase.deadlineFlag)) {
                dsrCase.deadlineFlag = flag;
                all = all.chain(() -> TimelineEntry.of(dsrCase.id, now, "DEADLINE_" + flag,
                        (flag.equals(OVERDUE) ? "Overdue since " : "Due on ") + dsrCase.currentDueOn,
                        Map.of("dueOn", dsrCase.currentDueOn.toString()), null, TimelineEntry.SYSTEM).persist()
                        .replaceWithVoid());
            }
        }
        return all;
    }

    private Uni<Boolean> digestOnce(List<DsrCase> cases, LocalDate today) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "insert into deadline_digest (digest_date, created_at) values (?1, now()) "
                                        + "on conflict (digest_date) do nothing")
                        .setParameter(1, today).executeUpdate())
                .chain(inserted -> {
                    if (inserted == 0) {
                        return Uni.createFrom().item(false);
                    }
                    List<CaseEvents.DigestEntry> dueSoon = entries(cases, today, false);
                    List<CaseEvents.DigestEntry> overdue = entries(cases, today, true);
                    return deadLetters.openPerTopic().chain(openDeadLetters -> attentionEntries()
                            .chain(attention -> openTriageItems().chain(triage -> {
                                LOG.infof("deadline digest of %s: %d due soon, %d overdue, %d open dead letters,"
                                        + " %d cases to look at, %d mails in triage", today, dueSoon.size(),
                                        overdue.size(),
                                        openDeadLetters.stream().mapToLong(CaseEvents.DeadLetterCount::open).sum(),
                                        attention.size(), triage);
                                return outbox.append(new CaseEvents.DeadlineDigestDue("digest-" + today, today,
                                        dueSoon, overdue, openDeadLetters, attention, triage));
                            }))).replaceWith(true);
                });
    }

    /** Mails in the mailbox's triage list the assistant has not dealt with yet. */
    private static Uni<Long> openTriageItems() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "select count(*) from mail_intake_failure where handled_at is null", Long.class).getSingleResult());
    }

    /** The open attentions of cases, oldest first, each with its case's request type. */
    private static Uni<List<CaseEvents.AttentionEntry>> attentionEntries() {
        return CaseAttention.allOpen().chain(open -> open.isEmpty() ? Uni.createFrom().item(List.of())
                : DsrCase.<DsrCase>list("id in ?1", open.stream().map(attention -> attention.caseId).toList())
                        .map(cases -> {
                            Map<UUID, RequestType> types = new HashMap<>();
                            cases.forEach(dsrCase -> types.put(dsrCase.id, dsrCase.requestType));
                            return open.stream().map(attention -> new CaseEvents.AttentionEntry(
                                    attention.caseId.toString(), types.get(attention.caseId),
                                    attention.reason.name(), attention.raisedAt)).toList();
                        }));
    }

    private static List<CaseEvents.DigestEntry> entries(List<DsrCase> cases, LocalDate today, boolean overdue) {
        return cases.stream().filter(c -> c.currentDueOn.isBefore(today) == overdue)
                .map(c -> new CaseEvents.DigestEntry(c.id.toString(), c.requestType, c.status.name(), c.currentDueOn,
                        ChronoUnit.DAYS.between(today, c.currentDueOn)))
                .toList();
    }
}

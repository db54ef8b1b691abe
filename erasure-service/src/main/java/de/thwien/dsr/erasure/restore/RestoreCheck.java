package de.thwien.dsr.erasure.restore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.erasure.ledger.ErasureLedger;
import de.thwien.dsr.erasure.ledger.LedgerConfig;
import de.thwien.dsr.erasure.ledger.LedgerEntry;
import de.thwien.dsr.erasure.ledger.LedgerEntry.Action;
import de.thwien.dsr.erasure.plans.AuditEntry;
import de.thwien.dsr.erasure.plans.DeferredConfirmation;
import de.thwien.dsr.erasure.plans.DeferredErasure;
import de.thwien.dsr.erasure.restore.RestoreCheckReport.Reapplication;
import de.thwien.dsr.erasure.restore.RestoreCheckReport.StoreCount;
import de.thwien.dsr.erasure.stores.RecordStores;
import de.thwien.dsr.erasure.stores.StoreFailure;
import de.thwien.dsr.erasure.stores.StoreOperations;
import de.thwien.dsr.erasure.stores.StoreOperations.Outcome;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * The restore check: looks in every store for records the erasure ledger says were erased or restricted and that a
 * restored backup brought back (a reappearing Message-ID in its folder, whatever the folder's UIDVALIDITY is now; a
 * row's key again with personal data; a recording again), and erases or restricts them again through the same store
 * operations the plan executor uses, each with the store's proof, kept on the case's audit trail and in the run's
 * report. A plan item's latest ledger entry decides: a record restricted and later erased after its hold is erased,
 * wherever the restore put it. Daily, on demand ({@code POST /api/restore-check}) and from the admin tool; one
 * instance at a time.
 */
@ApplicationScoped
public class RestoreCheck {

    public static final String JOB = "restore-check";
    private static final Logger LOG = Logger.getLogger(RestoreCheck.class);

    /** A ledger entry with what is to be done again: the latest action of its plan item. */
    private record Target(LedgerEntry entry, Action action, LocalDate holdUntil) {
    }

    /** A target whose record is in its store again, under {@code reference}. */
    private record Found(Target target, String reference) {
    }

    private record Done(Found found, Outcome outcome) {
    }

    private final ErasureLedger ledger;
    private final RecordStores stores;
    private final StoreOperations operations;
    private final DeferredConfirmation confirmation;
    private final LedgerConfig config;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final Clock clock;
    private final SingleInstanceJob job;

    public RestoreCheck(ErasureLedger ledger, RecordStores stores, StoreOperations operations,
            DeferredConfirmation confirmation, LedgerConfig config, ObjectMapper json, Vertx vertx, Clock clock,
            Pool pool) {
        this.ledger = ledger;
        this.stores = stores;
        this.operations = operations;
        this.confirmation = confirmation;
        this.config = config;
        this.json = json;
        this.vertx = vertx;
        this.clock = clock;
        this.job = SingleInstanceJob.named(JOB, pool);
    }

    @Scheduled(every = "{dsr.ledger.restore-check.every}", delayed = "{dsr.ledger.restore-check.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledRun() {
        if (!config.restoreCheck().enabled()) {
            return Uni.createFrom().voidItem();
        }
        return run("scheduled").replaceWithVoid().onFailure().recoverWithItem(failure -> {
            LOG.errorf("restore check failed: %s", failure.getClass().getName());
            return null;
        });
    }

    /** Runs the check now; emits null while another instance runs it. */
    public Uni<RestoreCheckReport> run(String trigger) {
        return job.run(null, connection -> check(trigger));
    }

    /** The last run's report, or null when the check never ran (or its runs were purged). */
    public Uni<RestoreCheckReport> last() {
        return Panache.withSession(() -> RestoreCheckRun.<RestoreCheckRun>find("order by startedAt desc, id desc")
                .firstResult()).map(run -> run == null ? null : read(run.report));
    }

    private Uni<RestoreCheckReport> check(String trigger) {
        Instant started = clock.instant();
        return Panache.withSession(() -> LedgerEntry.<LedgerEntry>listAll())
                .chain(entries -> {
                    Map<String, Map<String, Target>> targets = targets(entries);
                    List<String> unavailable = new ArrayList<>();
                    return vertx.executeBlocking(Uni.createFrom().item(() -> find(targets, unavailable)))
                            .chain(found -> Multi.createFrom().iterable(inLedgerOrder(found))
                                    .onItem().transformToUniAndConcatenate(this::reapply)
                                    .collect().asList())
                            .chain(done -> Panache.withTransaction(() -> record(trigger, started, entries.size(),
                                    done, unavailable)));
                });
    }

    /**
     * The records in the order their writes were first done: each write succeeded then, so rows that kept a record
     * (an invoice pointing at her master data) were gone before it went and go before it again. A store's own listing
     * order (master data before the invoices) made the master data's erasure refused after every restore.
     */
    private static List<Found> inLedgerOrder(List<Found> found) {
        return found.stream().sorted(Comparator.comparing((Found f) -> f.target().entry().executedAt())
                .thenComparing(f -> f.target().entry().id())).toList();
    }

    /** Per store, per identity hash: what to do again, by the latest entry of each plan item. */
    private static Map<String, Map<String, Target>> targets(List<LedgerEntry> entries) {
        Map<Long, LedgerEntry> latestOfItem = new HashMap<>();
        Comparator<LedgerEntry> order = Comparator.comparing(LedgerEntry::executedAt).thenComparing(LedgerEntry::id);
        for (LedgerEntry entry : entries) {
            if (entry.itemId() != null) {
                latestOfItem.merge(entry.itemId(), entry, (a, b) -> order.compare(a, b) >= 0 ? a : b);
            }
        }
        Map<String, Map<String, Target>> targets = new TreeMap<>();
        entries.stream().sorted(order).forEach(entry -> {
            LedgerEntry decides = entry.itemId() == null ? entry : latestOfItem.get(entry.itemId());
            targets.computeIfAbsent(entry.store(), store -> new HashMap<>()).put(entry.identityDigest(),
                    new Target(entry, decides.action(), decides.holdUntil()));
        });
        return targets;
    }

    /**
     * Lists every store's records by restorable identity and keeps those of the ledger that need the write again:
     * an erased record still (again) personal, a restricted one without its restriction. Blocking.
     */
    private List<Found> find(Map<String, Map<String, Target>> targets, List<String> unavailable) {
        List<Found> found = new ArrayList<>();
        targets.forEach((store, byDigest) -> {
            List<Found> inStore = new ArrayList<>();
            try {
                stores.restorableIdentities(store, (identity, reference) -> {
                    Target target = identity == null ? null : byDigest.get(ledger.digestOf(store, identity));
                    if (target != null) {
                        inStore.add(new Found(target, reference));
                    }
                });
                for (Found candidate : inStore) {
                    boolean needed = candidate.target().action() == Action.ERASED
                            ? stores.stillPresent(store, candidate.reference())
                            : !stores.isRestricted(store, candidate.reference());
                    if (needed) {
                        found.add(candidate);
                    }
                }
            } catch (StoreFailure | RuntimeException e) {
                LOG.warnf("restore check: store %s not checked: %s", store, e.getClass().getSimpleName());
                unavailable.add(store);
            }
        });
        return found;
    }

    private Uni<Done> reapply(Found found) {
        Target target = found.target();
        String store = target.entry().store();
        if (target.action() == Action.RESTRICTED) {
            return operations.restrict(store, found.reference(), target.holdUntil())
                    .map(outcome -> new Done(found, outcome));
        }
        Long itemId = target.entry().itemId();
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        Uni<Set<String>> spared = itemId == null ? Uni.createFrom().item(Set.of())
                : Panache.withSession(() -> confirmation.spared(itemId, today));
        return spared.chain(keep -> operations.eraseWithProof(store, found.reference(), keep))
                .map(outcome -> new Done(found, outcome));
    }

    private Uni<RestoreCheckReport> record(String trigger, Instant started, int ledgerEntries, List<Done> done,
            List<String> unavailable) {
        Instant now = clock.instant();
        List<Reapplication> reapplied = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        int[] erased = {0};
        int[] restricted = {0};
        int[] failed = {0};
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Done d : done) {
            Target target = d.found().target();
            LedgerEntry entry = target.entry();
            boolean ok = d.outcome().succeeded();
            reapplied.add(new Reapplication(entry.store(), target.action().name(), entry.caseId(), entry.itemId(), ok,
                    d.outcome().detail()));
            if (!ok) {
                failed[0]++;
            } else {
                counts.merge(entry.store() + "\n" + target.action().name(), 1, Integer::sum);
                if (target.action() == Action.ERASED) {
                    erased[0]++;
                } else {
                    restricted[0]++;
                }
            }
            chain = chain.chain(() -> LedgerEntry.<LedgerEntry>findById(entry.id()).chain(stored -> {
                if (stored != null && ok) {
                    stored.reapplied(now);
                }
                return followRestriction(target, d)
                        .chain(() -> entry.caseId() == null ? Uni.createFrom().voidItem()
                                : AuditEntry.record(entry.caseId(), entry.itemId(), AuditEntry.SYSTEM,
                                        (ok ? "" : "FAILED_") + (target.action() == Action.ERASED
                                                ? "ERASED_AGAIN_AFTER_RESTORE" : "RESTRICTED_AGAIN_AFTER_RESTORE"),
                                        d.outcome().detail(), now).replaceWithVoid());
            }));
        }
        List<StoreCount> storeCounts = counts.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\n");
            return new StoreCount(key[0], key[1], e.getValue());
        }).toList();
        RestoreCheckRun run = new RestoreCheckRun();
        run.trigger = trigger;
        run.startedAt = started;
        run.finishedAt = now;
        run.ledgerEntries = ledgerEntries;
        run.reErased = erased[0];
        run.reRestricted = restricted[0];
        run.failed = failed[0];
        run.unavailable = unavailable.isEmpty() ? null : String.join(",", new TreeSet<>(unavailable));
        return chain.chain(() -> {
            run.report = "{}";
            return run.persist();
        }).chain(() -> {
            RestoreCheckReport report = new RestoreCheckReport(run.id, trigger, started, now, ledgerEntries,
                    run.reErased, run.reRestricted, run.failed, storeCounts, List.copyOf(new TreeSet<>(unavailable)),
                    reapplied);
            run.report = write(report);
            if (run.reErased + run.reRestricted + run.failed > 0) {
                LOG.infof("restore check: %d erased again, %d restricted again, %d failed", run.reErased,
                        run.reRestricted, run.failed);
            }
            return Uni.createFrom().item(report);
        });
    }

    /** A restricted mail restricted again lies elsewhere now: its deferred erasure follows it. */
    private static Uni<Void> followRestriction(Target target, Done done) {
        Long itemId = target.entry().itemId();
        String after = done.outcome().referenceAfter();
        if (target.action() != Action.RESTRICTED || !done.outcome().succeeded() || itemId == null) {
            return Uni.createFrom().voidItem();
        }
        String now = after == null ? done.found().reference() : after;
        return DeferredErasure.<DeferredErasure>find("itemId", itemId).firstResult().invoke(job -> {
            if (job != null && job.status() == DeferredErasure.Status.SCHEDULED) {
                job.followRestoredRecord(now);
            }
        }).replaceWithVoid();
    }

    private String write(RestoreCheckReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("restore check report not written", e);
        }
    }

    private RestoreCheckReport read(String report) {
        try {
            return json.readValue(report, RestoreCheckReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("restore check report not read", e);
        }
    }
}

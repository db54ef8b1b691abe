package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.retention.RetentionPolicy;
import de.thwien.dsr.events.DiscoveryEvents.SubjectLocated;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Makes the erasure plan of an ERASURE or CONSENT_WITHDRAWAL case from {@code subject.located},
 * persists it and announces it as {@code erasure.planned}, in the transaction of the inbox.
 */
@ApplicationScoped
public class ErasurePlanning {

    private static final Logger LOG = Logger.getLogger(ErasurePlanning.class);

    private final ErasurePlanner planner;
    private final Outbox outbox;
    private final Clock clock;
    private final PlanCompletion completion;

    public ErasurePlanning(RetentionPolicy policy, ErasureConfig config, Outbox outbox, Clock clock,
            PlanCompletion completion) {
        this.planner = new ErasurePlanner(policy, config.consentBasedCategories());
        this.outbox = outbox;
        this.clock = clock;
        this.completion = completion;
    }

    public ErasurePlanner planner() {
        return planner;
    }

    public Uni<Void> onSubjectLocated(SubjectLocated located) {
        if (located.requestType() != RequestType.ERASURE && located.requestType() != RequestType.CONSENT_WITHDRAWAL) {
            return Uni.createFrom().voidItem();
        }
        UUID caseId = UUID.fromString(located.caseId());
        return ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(existing -> existing == null
                ? persistPlan(caseId, located)
                : extendPlan(existing, located));
    }

    /**
     * subject-index locates again once a store that was unavailable answers, and sends the whole
     * result again: findings not planned yet become new items, and the "store unavailable" items
     * of stores that answered now are settled. Items already planned are left as they are.
     */
    private Uni<Void> extendPlan(ErasurePlan plan, SubjectLocated located) {
        Instant now = clock.instant();
        List<String> unavailable = located.storesUnavailable() == null ? List.of() : located.storesUnavailable();
        return PlanEntry.ofCase(plan.caseId).chain(entries -> {
            Set<String> planned = new HashSet<>();
            entries.forEach(e -> planned.add(e.store + "|" + e.reference));
            List<Finding> fresh = findingsOf(located).stream()
                    .filter(f -> !planned.contains(f.store() + "|" + f.reference()))
                    .toList();
            int settled = 0;
            for (PlanEntry entry : entries) {
                if (entry.reference == null && entry.execution == PlanEntry.Execution.AWAITING_APPROVAL
                        && !unavailable.contains(entry.store)) {
                    entry.approval = PlanEntry.Approval.NOT_NEEDED;
                    entry.execution = PlanEntry.Execution.KEPT;
                    entry.reason = "store searched again; its records are planned as items of their own";
                    entry.reasonCode = ErasureEvents.ReasonCode.STORE_SEARCHED_AGAIN;
                    settled++;
                }
            }
            if (fresh.isEmpty() && settled == 0) {
                LOG.infof("case %s located again; nothing new to plan", plan.caseId);
                return Uni.createFrom().voidItem();
            }
            List<PlanEntry> added = new ArrayList<>();
            for (ProposedItem item : planner.plan(located.requestType(), fresh, List.of(),
                    LocalDate.ofInstant(now, clock.getZone()))) {
                added.add(PlanEntry.from(plan.caseId, item, now));
            }
            if (!added.isEmpty()) {
                plan.status = ErasurePlan.Status.OPEN;
                plan.completedAt = null;
            }
            LOG.infof("case %s located again: %d items added, %d unavailable stores settled", plan.caseId,
                    added.size(), settled);
            return (added.isEmpty() ? Uni.createFrom().voidItem() : PlanEntry.persist(added))
                    .chain(() -> AuditEntry.record(plan.caseId, null, AuditEntry.SYSTEM, "REPLANNED",
                            added.size() + " items added after the subject was located again", now))
                    .chain(() -> added.isEmpty() ? Uni.createFrom().voidItem()
                            : outbox.append(new ErasureEvents.ErasurePlanned(located.caseId(),
                                    added.stream().map(PlanEntry::toEvent).toList())).replaceWithVoid())
                    .chain(() -> Panache.getSession().chain(session -> session.flush()))
                    .chain(() -> completion.completeIfSettled(plan.caseId));
        });
    }

    private static List<Finding> findingsOf(SubjectLocated located) {
        return located.personal() == null || located.personal().findings() == null
                ? List.of() : located.personal().findings();
    }

    private Uni<Void> persistPlan(UUID caseId, SubjectLocated located) {
        Instant now = clock.instant();
        List<Finding> findings = findingsOf(located);
        List<String> unavailable = located.storesUnavailable() == null ? List.of() : located.storesUnavailable();
        List<ProposedItem> proposed = planner.plan(located.requestType(), findings, unavailable,
                LocalDate.ofInstant(now, clock.getZone()));

        ErasurePlan plan = new ErasurePlan();
        plan.caseId = caseId;
        plan.requestType = located.requestType();
        plan.language = located.language() == null ? "de" : located.language();
        if (located.personal() != null && located.personal().person() != null) {
            plan.personEmail = located.personal().person().email();
            plan.personName = located.personal().person().name();
        }
        plan.status = ErasurePlan.Status.OPEN;
        plan.plannedAt = now;
        List<PlanEntry> entries = new ArrayList<>();
        for (ProposedItem item : proposed) {
            entries.add(PlanEntry.from(caseId, item, now));
        }
        LOG.infof("erasure plan for case %s: %d items", caseId, entries.size());
        return plan.persist()
                .chain(() -> entries.isEmpty() ? Uni.createFrom().voidItem() : PlanEntry.persist(entries))
                .chain(() -> AuditEntry.record(caseId, null, AuditEntry.SYSTEM, "PLANNED",
                        entries.size() + " items planned for " + located.requestType(), now))
                .chain(() -> outbox.append(new ErasureEvents.ErasurePlanned(located.caseId(),
                        entries.stream().map(PlanEntry::toEvent).toList())))
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .chain(() -> completion.completeIfSettled(caseId));
    }
}

package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.events.DiscoveryEvents.SubjectLocated;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.platform.outbox.Outbox;
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
 * Makes the erasure plan of an ERASURE, CONSENT_WITHDRAWAL, RESTRICTION or OBJECTION case from {@code subject.located},
 * persists it and announces it as {@code erasure.planned}, in the transaction of the inbox.
 */
@ApplicationScoped
public class ErasurePlanning {

    private static final Logger LOG = Logger.getLogger(ErasurePlanning.class);

    private final ErasurePlanner planner;
    private final Outbox outbox;
    private final Clock clock;
    private final PlanCompletion completion;
    private final PlanPerson planPerson;

    public ErasurePlanning(RetentionPolicy policy, ErasureConfig config, Outbox outbox, Clock clock,
            PlanCompletion completion, PlanPerson planPerson) {
        this.planner = new ErasurePlanner(policy, config.consentBasedCategories());
        this.outbox = outbox;
        this.clock = clock;
        this.completion = completion;
        this.planPerson = planPerson;
    }

    public ErasurePlanner planner() {
        return planner;
    }

    public Uni<Void> onSubjectLocated(SubjectLocated located) {
        if (located.requestType() != RequestType.ERASURE && located.requestType() != RequestType.CONSENT_WITHDRAWAL
                && located.requestType() != RequestType.RESTRICTION
                && located.requestType() != RequestType.OBJECTION) {
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
        return PlanItem.ofCase(plan.caseId).chain(entries -> {
            Set<String> planned = new HashSet<>();
            entries.forEach(e -> planned.add(e.store() + "|" + e.reference()));
            List<Finding> fresh = findingsOf(located).stream()
                    .filter(f -> !planned.contains(f.store() + "|" + f.reference()))
                    .toList();
            int settled = 0;
            for (PlanItem entry : entries) {
                if (entry.waitsForItsStore() && !unavailable.contains(entry.store())) {
                    entry.supersede();
                    settled++;
                }
            }
            if (fresh.isEmpty() && settled == 0) {
                LOG.infof("case %s located again; nothing new to plan", plan.caseId);
                return Uni.createFrom().voidItem();
            }
            List<PlanItem> added = new ArrayList<>();
            for (PlanProposal item : planner.plan(located.requestType(), fresh, List.of(),
                    LocalDate.ofInstant(now, clock.getZone()))) {
                added.add(PlanItem.planned(plan.caseId, item, now));
            }
            if (!added.isEmpty()) {
                plan.status = ErasurePlan.Status.OPEN;
                plan.completedAt = null;
            }
            LOG.infof("case %s located again: %d items added, %d unavailable stores settled", plan.caseId,
                    added.size(), settled);
            return followTakenDecisions(plan, added, now)
                    .chain(() -> added.isEmpty() ? Uni.createFrom().voidItem() : PlanItem.persist(added))
                    .chain(() -> Panache.getSession().chain(session -> session.flush()))
                    .chain(() -> DeferredErasure.afterTheirPeriod(added))
                    .chain(() -> AuditEntry.record(plan.caseId, null, AuditEntry.SYSTEM, "REPLANNED",
                            added.size() + " items added after the subject was located again", now))
                    .chain(() -> added.isEmpty() ? Uni.createFrom().voidItem()
                            : outbox.append(new ErasureEvents.ErasurePlanned(located.caseId(),
                                    added.stream().map(PlanItem::toEvent).toList())).replaceWithVoid())
                    .chain(() -> Panache.getSession().chain(session -> session.flush()))
                    .chain(() -> completion.completeIfSettled(plan.caseId));
        });
    }

    /**
     * On an objection, a record found later (a store that answered again) of a purpose already decided follows that
     * decision, as her other records of it did: one decision per purpose, whatever came first.
     */
    private Uni<Void> followTakenDecisions(ErasurePlan plan, List<PlanItem> added, Instant now) {
        if (plan.requestType != RequestType.OBJECTION || added.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return ObjectionDecision.ofCase(plan.caseId).invoke(decisions -> {
            for (PlanItem entry : added) {
                if (entry.reasonCode() != ErasureEvents.ReasonCode.OBJECTION_AWAITING_DECISION) {
                    continue;
                }
                planner.objectionPurposeOf(entry.processingBasis(), entry.retentionCategory()).ifPresent(purpose ->
                        decisions.stream().filter(decision -> decision.purpose() == purpose).findFirst()
                                .ifPresent(decision -> decision.applyTo(entry, now)));
            }
        }).replaceWithVoid();
    }

    private static List<Finding> findingsOf(SubjectLocated located) {
        return located.personal() == null || located.personal().findings() == null
                ? List.of() : located.personal().findings();
    }

    private Uni<Void> persistPlan(UUID caseId, SubjectLocated located) {
        // on a restriction its ground, when she gave it with the request: 18(1)(c) checks its premise per record
        return (located.requestType() == RequestType.RESTRICTION ? RequestedRestriction.groundOf(caseId)
                : Uni.createFrom().<RestrictionGround>nullItem())
                .chain(ground -> persistPlan(caseId, located, ground));
    }

    private Uni<Void> persistPlan(UUID caseId, SubjectLocated located, RestrictionGround ground) {
        Instant now = clock.instant();
        List<Finding> findings = findingsOf(located);
        List<String> unavailable = located.storesUnavailable() == null ? List.of() : located.storesUnavailable();
        List<PlanProposal> proposed = planner.plan(located.requestType(), findings, unavailable,
                LocalDate.ofInstant(now, clock.getZone()), ground);

        ErasurePlan plan = new ErasurePlan();
        plan.caseId = caseId;
        plan.requestType = located.requestType();
        plan.language = located.language() == null ? "de" : located.language();
        plan.status = ErasurePlan.Status.OPEN;
        plan.plannedAt = now;
        List<PlanItem> entries = new ArrayList<>();
        for (PlanProposal item : proposed) {
            entries.add(PlanItem.planned(caseId, item, now));
        }
        LOG.infof("erasure plan for case %s: %d items", caseId, entries.size());
        Person person = located.personal() == null ? null : located.personal().person();
        return planPerson.seal(plan, person)
                .chain(() -> plan.persist())
                .chain(() -> entries.isEmpty() ? Uni.createFrom().voidItem() : PlanItem.persist(entries))
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .chain(() -> DeferredErasure.afterTheirPeriod(entries))
                .chain(() -> AuditEntry.record(caseId, null, AuditEntry.SYSTEM, "PLANNED",
                        entries.size() + " items planned for " + located.requestType(), now))
                .chain(() -> outbox.append(new ErasureEvents.ErasurePlanned(located.caseId(),
                        entries.stream().map(PlanItem::toEvent).toList())))
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .chain(() -> completion.completeIfSettled(caseId));
    }
}

package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.jobs.DeferredErasure;
import de.thwien.dsr.erasure.retention.RetentionPolicy;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.RequestType;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The assistant's decisions on plan items; each one audited in its own transaction. */
@ApplicationScoped
public class PlanDecisions {

    private final ErasurePlanning planning;
    private final RetentionPolicy policy;
    private final PlanCompletion completion;
    private final Clock clock;

    public PlanDecisions(ErasurePlanning planning, RetentionPolicy policy, PlanCompletion completion, Clock clock) {
        this.planning = planning;
        this.policy = policy;
        this.completion = completion;
        this.clock = clock;
    }

    /** Approves an item waiting for review: it runs with the action the deletion concept gives. */
    @WithTransaction
    public Uni<PlanEntry> approve(UUID caseId, long itemId, String actor) {
        return awaiting(caseId, itemId).chain(entry -> {
            Instant now = clock.instant();
            entry.approval = PlanEntry.Approval.APPROVED;
            if (entry.evaluatedAction == PlannedAction.KEEP) {
                entry.execution = PlanEntry.Execution.KEPT;
            } else {
                entry.action = entry.evaluatedAction;
                entry.reason = "approved by the assistant: " + entry.evaluatedAction;
                entry.reasonCode = ReasonCode.APPROVED;
                entry.scheduleNow(now);
            }
            return masterDataFollowsTheLastHold(entry, actor, now)
                    .chain(() -> audit(entry, actor, "APPROVED", "approved: " + entry.action, now));
        });
    }

    @WithTransaction
    public Uni<PlanEntry> decline(UUID caseId, long itemId, String actor, DeclineReason why, String reason) {
        return awaiting(caseId, itemId).chain(entry -> {
            Instant now = clock.instant();
            entry.approval = PlanEntry.Approval.DECLINED;
            entry.action = PlannedAction.KEEP;
            entry.execution = PlanEntry.Execution.KEPT;
            // her words as she wrote them: the notice quotes them to the requester (the code says "declined")
            entry.reason = reason;
            entry.reasonCode = why.code();
            return audit(entry, actor, "DECLINED", why + ": " + reason, now);
        });
    }

    /** A finding of another category than the store said (e.g. a mail that is a commercial letter). */
    @WithTransaction
    public Uni<PlanEntry> reclassify(UUID caseId, long itemId, String actor, String category, String reason) {
        if (!policy.knows(category)) {
            return Uni.createFrom().failure(new BadRequestException("unknown retention category"));
        }
        // locked as every decision locks it (item)
        return ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new NotFoundException("no erasure plan for this case"))
                .chain(plan -> item(caseId, itemId).chain(entry -> {
                    if (entry.execution.settled() && entry.execution != PlanEntry.Execution.KEPT
                            || entry.reference == null) {
                        throw conflict("the item was already carried out or has no record; it cannot be reclassified");
                    }
                    Instant now = clock.instant();
                    String previous = entry.retentionCategory;
                    Finding finding = entry.finding();
                    Finding reclassified = new Finding(finding.store(), finding.reference(), finding.dataCategories(),
                            category, finding.retentionStart(), finding.legalBasis(), finding.matchStrength(), null);
                    entry.retentionCategory = category;
                    ProposedItem proposed = plan.requestType == RequestType.CONSENT_WITHDRAWAL
                                    && !planning.planner().consentBased(reclassified)
                            ? null
                            : planning.planner().forErasure(reclassified, LocalDate.ofInstant(now, clock.getZone()));
                    if (proposed != null) {
                        entry.apply(proposed, now);
                    }
                    return masterDataFollowsTheLastHold(entry, actor, now).chain(() ->
                            audit(entry, actor, "RECLASSIFIED", previous + " -> " + category + ": " + reason, now));
                }));
    }

    /** §147(3) AO: keeps a restricted record beyond its computed hold, e.g. while an assessment is open. */
    @WithTransaction
    public Uni<PlanEntry> pin(UUID caseId, long itemId, String actor, LocalDate until, String reason) {
        return item(caseId, itemId).chain(entry -> {
            if (entry.action != PlannedAction.RESTRICT || entry.holdUntil == null) {
                throw conflict("only a restricted item can be pinned");
            }
            if (!until.isAfter(entry.holdUntil)) {
                throw new BadRequestException("a pinned hold must end after the computed one (" + entry.holdUntil + ")");
            }
            Instant now = clock.instant();
            LocalDate previous = entry.holdUntil;
            entry.holdUntil = until;
            entry.erasableFrom = until.plusDays(1);
            entry.pinnedReason = reason;
            entry.reason = "hold pinned until " + until + " by the assistant: " + reason;
            entry.reasonCode = ReasonCode.PINNED_HOLD;
            if (entry.execution == PlanEntry.Execution.RESTRICTED) {
                // the store keeps the hold date too (mail keyword, restriction row): restrict it again
                entry.scheduleNow(now);
            }
            return reschedule(entry)
                    .chain(() -> masterDataFollowsTheLastHold(entry, actor, now))
                    .chain(() -> audit(entry, actor, "PINNED", previous + " -> " + until + ": " + reason, now));
        });
    }

    /**
     * Customer master data is restricted while any other record of the person is on hold, until the
     * last hold ends (LEGAL.md §3); recomputed whenever a decision changes a hold of the plan.
     */
    private Uni<Void> masterDataFollowsTheLastHold(PlanEntry changed, String actor, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        return PlanEntry.ofCase(changed.caseId).chain(entries -> {
            Optional<PlanEntry> last = MasterDataHold.lastHold(entries);
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (PlanEntry masterData : entries) {
                if (!MasterDataHold.isMasterData(masterData)) {
                    continue;
                }
                String before = MasterDataHold.describe(masterData);
                boolean moved = last.isPresent()
                        ? MasterDataHold.holdUntilTheLast(masterData, last.get(), now)
                        : MasterDataHold.release(masterData, today);
                if (moved) {
                    chain = chain.chain(() -> reschedule(masterData))
                            .chain(() -> AuditEntry.record(masterData.caseId, masterData.id, actor, "MASTER_DATA_HOLD",
                                    before + " -> " + MasterDataHold.describe(masterData) + ": follows item "
                                            + changed.id, now))
                            .replaceWithVoid();
                }
            }
            return chain;
        });
    }

    private static Uni<Void> reschedule(PlanEntry entry) {
        return DeferredErasure.update("erasableFrom = ?1 where itemId = ?2 and status = ?3", entry.erasableFrom,
                entry.id, DeferredErasure.Status.SCHEDULED).replaceWithVoid();
    }

    private Uni<PlanEntry> audit(PlanEntry entry, String actor, String action, String detail, Instant now) {
        return AuditEntry.record(entry.caseId, entry.id, actor, action, detail, now)
                .chain(() -> completion.completeIfSettled(entry.caseId))
                .replaceWith(entry);
    }

    /**
     * The item, after its plan's row is locked: every decision takes the plan first, as completing it does
     * ({@link PlanCompletion}), so a decision and the executor settling items of the same plan wait for each other
     * in one order and cannot deadlock.
     */
    private static Uni<PlanEntry> item(UUID caseId, long itemId) {
        return ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(() -> PlanEntry.<PlanEntry>findById(itemId))
                .map(entry -> {
                    if (entry == null || !entry.caseId.equals(caseId)) {
                        throw new NotFoundException("no such item in this case's plan");
                    }
                    return entry;
                });
    }

    private static Uni<PlanEntry> awaiting(UUID caseId, long itemId) {
        return item(caseId, itemId).map(entry -> {
            if (entry.execution != PlanEntry.Execution.AWAITING_APPROVAL) {
                throw conflict("the item is not waiting for approval");
            }
            return entry;
        });
    }

    private static ClientErrorException conflict(String message) {
        return new ClientErrorException(message, Response.Status.CONFLICT);
    }
}

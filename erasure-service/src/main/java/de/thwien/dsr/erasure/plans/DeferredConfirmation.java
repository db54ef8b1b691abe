package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records that restricted items were erased when their hold ended and announces it with the
 * original case id: {@code restriction.lifted} per record, then {@code records.erased} naming the
 * records erased now and those still restricted. Runs in the caller's transaction.
 */
@ApplicationScoped
public class DeferredConfirmation {

    private final Outbox outbox;
    private final Confirmations confirmations;

    public DeferredConfirmation(Outbox outbox, RetentionPolicy policy, ErasureConfig config) {
        this.outbox = outbox;
        this.confirmations = new Confirmations(policy, config);
    }

    /** {@code proofByItem}: plan item id to the re-query proof of its erasure. */
    public Uni<Void> erasedAfterHold(UUID caseId, Map<Long, String> proofByItem, Instant now) {
        return ErasurePlan.<ErasurePlan>findById(caseId).chain(plan -> PlanItem.ofCase(caseId).chain(entries -> {
            List<PlanItem> erasedNow = entries.stream().filter(e -> proofByItem.containsKey(e.id())).toList();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (PlanItem entry : erasedNow) {
                LocalDate holdEnded = entry.holdUntil();
                entry.recordErasedAfterHold(proofByItem.get(entry.id()), now);
                chain = chain
                        .chain(() -> outbox.append(new ErasureEvents.RestrictionLifted(caseId.toString(), entry.store(),
                                entry.reference(), "retention hold ended on " + holdEnded, now)))
                        .chain(() -> AuditEntry.record(caseId, entry.id(), AuditEntry.SYSTEM, "ERASED_AFTER_HOLD",
                                entry.proof(), now))
                        .replaceWithVoid();
            }
            if (plan == null || erasedNow.isEmpty()) {
                return chain;
            }
            return chain.chain(() -> outbox.append(confirmations.erasedAfterHold(plan, erasedNow, entries)))
                    .replaceWithVoid();
        }));
    }

    /**
     * The store refused for good to erase a restricted record whose hold ended: the record stays
     * restricted, and the plan item tells the assistant to resolve it.
     */
    public Uni<Void> refused(UUID caseId, long itemId, String error, int attempts, Instant now) {
        return PlanItem.<PlanItem>findById(itemId).chain(entry -> {
            entry.needsAttention(error, attempts);
            return AuditEntry.record(caseId, itemId, AuditEntry.SYSTEM, "NEEDS_ATTENTION", error, now);
        }).replaceWithVoid();
    }
}

package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.RestrictionGround;
import java.time.Instant;
import java.util.List;

/**
 * A restriction request as the assistant sees it: the ground (null: nobody said it yet, her answer waits for it), how
 * many records are restricted or lifted, and how far a lift got ({@code liftNoticeByPost}: her notice before the lift
 * was a letter, handed to the assistant to post, at {@code liftNoticeSentAt}). {@code liftable}: the lift button is
 * offered; {@code groundChangeable}: her answer is not out yet, so the ground can still be chosen.
 */
public record RestrictionView(String caseId, RestrictionGround ground, String groundSetBy, boolean planned,
        int restricted, int lifted, Instant liftAnnouncedAt, String liftAnnouncedBy, Instant liftNoticeSentAt,
        boolean liftNoticeByPost, boolean liftable, boolean groundChangeable) {

    static RestrictionView of(ErasurePlan plan, RequestedRestriction ground, List<PlanItem> entries) {
        int restricted = (int) entries.stream().filter(PlanItem::restrictedAtHerRequest).count();
        int lifted = (int) entries.stream().filter(e -> e.execution() == Execution.LIFTED
                && e.reasonCode() == ReasonCode.RESTRICTION_REQUESTED).count();
        boolean liftable = plan != null && plan.status == ErasurePlan.Status.COMPLETED
                && plan.liftAnnouncedAt == null && restricted > 0;
        return new RestrictionView(plan != null ? plan.caseId.toString() : null,
                ground == null ? null : ground.ground, ground == null ? null : ground.setBy, plan != null,
                restricted, lifted, plan == null ? null : plan.liftAnnouncedAt,
                plan == null ? null : plan.liftAnnouncedBy, plan == null ? null : plan.liftNoticeSentAt,
                plan != null && plan.liftNoticeByPost, liftable,
                plan == null || plan.status != ErasurePlan.Status.COMPLETED);
    }
}

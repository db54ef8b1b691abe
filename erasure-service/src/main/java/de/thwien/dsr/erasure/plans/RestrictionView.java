package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.events.AccuracyCheck;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.RestrictionGround;
import java.time.Instant;
import java.util.List;

/**
 * A restriction request as the assistant sees it: the ground (null: nobody said it yet, her answer waits for it), how
 * many records are restricted or lifted, and how far a lift got ({@code liftNoticeByPost}: her notice before the lift
 * was a letter, handed to the assistant to post, at {@code liftNoticeSentAt}). {@code liftable}: the lift button is
 * offered; {@code groundChangeable}: her answer is not out yet, so the ground can still be chosen. On ground 18(1)(a):
 * {@code accuracyCheck} the result of the accuracy check (from a completed rectification of her records, or stated by
 * {@code accuracyCheckedBy} at {@code accuracyCheckedAt}); {@code liftWaitsForAccuracyCheck}: the lift needs it first.
 */
public record RestrictionView(String caseId, RestrictionGround ground, String groundSetBy, boolean planned,
        int restricted, int lifted, Instant liftAnnouncedAt, String liftAnnouncedBy, Instant liftNoticeSentAt,
        boolean liftNoticeByPost, boolean liftable, boolean groundChangeable, AccuracyCheck accuracyCheck,
        String accuracyCheckedBy, Instant accuracyCheckedAt, boolean liftWaitsForAccuracyCheck) {

    static RestrictionView of(ErasurePlan plan, RequestedRestriction ground, List<PlanItem> entries,
            AccuracyCheck accuracyCheck) {
        int restricted = (int) entries.stream().filter(PlanItem::restrictedAtHerRequest).count();
        int lifted = (int) entries.stream().filter(e -> e.execution() == Execution.LIFTED
                && e.reasonCode() == ReasonCode.RESTRICTION_REQUESTED).count();
        boolean onAccuracy = ground != null && ground.ground.endsWithAccuracyCheck();
        boolean waitsForCheck = onAccuracy && accuracyCheck == null;
        boolean liftable = plan != null && plan.status == ErasurePlan.Status.COMPLETED
                && plan.liftAnnouncedAt == null && restricted > 0 && !waitsForCheck;
        boolean stated = onAccuracy && ground.accuracyCheck != null;
        return new RestrictionView(plan != null ? plan.caseId.toString() : null,
                ground == null ? null : ground.ground, ground == null ? null : ground.setBy, plan != null,
                restricted, lifted, plan == null ? null : plan.liftAnnouncedAt,
                plan == null ? null : plan.liftAnnouncedBy, plan == null ? null : plan.liftNoticeSentAt,
                plan != null && plan.liftNoticeByPost, liftable,
                plan != null && plan.status != ErasurePlan.Status.COMPLETED,
                onAccuracy ? accuracyCheck : null, stated ? ground.accuracyCheckedBy : null,
                stated ? ground.accuracyCheckedAt : null,
                waitsForCheck && plan != null && plan.liftAnnouncedAt == null && restricted > 0);
    }
}

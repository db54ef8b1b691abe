package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.RestrictionEnd;
import de.thwien.dsr.events.RestrictionGround;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A restriction request as the assistant sees it: the ground (null: nobody said it yet, her answer waits for it), how
 * many records are restricted or lifted, and how far a lift got ({@code liftNoticeByPost}: her notice before the lift
 * was a letter, handed to the assistant to post, at {@code liftNoticeSentAt}). {@code liftable}: the lift button is
 * offered; {@code groundChangeable}: her answer is not out yet, so the ground can still be chosen. {@code end}: why the
 * restriction ends (stated by {@code endStatedBy} at {@code endStatedAt}; on 18(1)(a) also the result of a completed
 * rectification of her records, then {@code endStatedBy} is null); {@code endsStatable}: the reasons the assistant may
 * state on its ground; {@code liftWaitsForEnd}: her records are restricted and the lift needs such a reason first.
 * {@code awaitingErasure}: records no longer restricted at her request but only until the deferred erasure takes them
 * (the end of a restriction under Art. 18(1)(c) was recorded, no retention hold keeps them), the first due on
 * {@code erasureDueOn}; {@code keptUnderHold}: records that stay restricted under a retention hold after that end
 * (erased when it ends). Neither is counted as {@code restricted}.
 */
public record RestrictionView(String caseId, RestrictionGround ground, String groundSetBy, boolean planned,
        int restricted, int lifted, Instant liftAnnouncedAt, String liftAnnouncedBy, Instant liftNoticeSentAt,
        boolean liftNoticeByPost, boolean liftable, boolean groundChangeable, RestrictionEnd end, String endStatedBy,
        Instant endStatedAt, List<RestrictionEnd> endsStatable, boolean liftWaitsForEnd, int awaitingErasure,
        LocalDate erasureDueOn, int keptUnderHold) {

    static RestrictionView of(ErasurePlan plan, RequestedRestriction ground, List<PlanItem> entries,
            RestrictionEnd end) {
        int restricted = (int) entries.stream().filter(PlanItem::restrictedAtHerRequest).count();
        int lifted = (int) entries.stream().filter(e -> e.execution() == Execution.LIFTED
                && e.reasonCode() == ReasonCode.RESTRICTION_REQUESTED).count();
        List<PlanItem> toBeErased = entries.stream().filter(PlanItem::keptByNoHold).toList();
        LocalDate erasureDueOn = toBeErased.stream().map(PlanItem::erasableFrom).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        int keptUnderHold = (int) entries.stream().filter(e -> e.execution() == Execution.RESTRICTED
                && !e.restrictedAtHerRequest() && !e.keptByNoHold()).count();
        RestrictionGround restrictionGround = ground == null ? null : ground.ground;
        RestrictionEnd ending = end != null && end.ends(restrictionGround) ? end : null;
        boolean open = plan != null && plan.liftAnnouncedAt == null && restricted > 0;
        boolean liftable = open && plan.status == ErasurePlan.Status.COMPLETED && ending != null;
        boolean stated = ending != null && ending == ground.end;
        return new RestrictionView(plan != null ? plan.caseId.toString() : null, restrictionGround,
                ground == null ? null : ground.setBy, plan != null,
                restricted, lifted, plan == null ? null : plan.liftAnnouncedAt,
                plan == null ? null : plan.liftAnnouncedBy, plan == null ? null : plan.liftNoticeSentAt,
                plan != null && plan.liftNoticeByPost, liftable,
                plan != null && plan.status != ErasurePlan.Status.COMPLETED,
                ending, stated ? ground.endStatedBy : null, stated ? ground.endStatedAt : null,
                RestrictionEndRule.statable(restrictionGround), open && restrictionGround != null && ending == null,
                toBeErased.size(), erasureDueOn, keptUnderHold);
    }
}

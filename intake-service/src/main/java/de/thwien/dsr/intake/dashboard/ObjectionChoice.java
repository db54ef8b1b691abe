package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.events.ObjectionPurpose;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One purpose of an objection case (Art. 21 GDPR) as the case page offers it: how many of its records wait for the
 * assistant's decision, how many found by name only are still to be confirmed as the person's (they follow the
 * purpose's decision once confirmed, whenever that is), how many she stopped or continued; {@code decision}: the one
 * decision taken on the purpose (STOP, CONTINUE), null while open; {@code mayContinue} is false for direct marketing.
 */
public record ObjectionChoice(String purpose, boolean mayContinue, int waiting, int underReview, int stopped,
        int continued, String decision) {

    private static final String WAITING = "OBJECTION_AWAITING_DECISION";
    private static final String UNDER_REVIEW = "WEAK_MATCH_AWAITING_REVIEW";
    private static final String STOPPED = "OBJECTION_UPHELD";
    private static final String CONTINUED = "COMPELLING_GROUNDS";
    private static final Set<String> DECIDED_ON_PURPOSE = Set.of(WAITING, STOPPED, CONTINUED);

    /** Whether the page offers the decision: none taken yet, and a record of the purpose waits for it. */
    public boolean open() {
        return decision == null && waiting + underReview > 0;
    }

    /**
     * The purposes of a plan's items decided per purpose, in the order of {@link ObjectionPurpose}, with the
     * decisions erasure-service took on them.
     */
    static List<ObjectionChoice> of(List<ErasureService.PlanItem> items,
            List<ErasureService.ObjectionDecision> decisions) {
        Map<ObjectionPurpose, int[]> counts = new EnumMap<>(ObjectionPurpose.class);
        for (ErasureService.PlanItem item : items == null ? List.<ErasureService.PlanItem>of() : items) {
            purposeOf(item).ifPresent(purpose -> {
                int[] count = counts.computeIfAbsent(purpose, p -> new int[4]);
                switch (item.reasonCode()) {
                    case WAITING -> count[0]++;
                    case UNDER_REVIEW -> count[1]++;
                    case STOPPED -> count[2]++;
                    case CONTINUED -> count[3]++;
                    default -> {
                        // confirmed as not hers, or carried out otherwise: not a record of her purpose
                    }
                }
            });
        }
        Map<ObjectionPurpose, String> decided = new EnumMap<>(ObjectionPurpose.class);
        for (ErasureService.ObjectionDecision decision : decisions == null
                ? List.<ErasureService.ObjectionDecision>of() : decisions) {
            ObjectionPurpose.ofName(decision.purpose()).ifPresent(purpose -> decided.put(purpose, decision.decision()));
        }
        List<ObjectionChoice> choices = new ArrayList<>();
        // never continue direct marketing (Art. 21(3) GDPR)
        counts.forEach((purpose, count) -> choices.add(new ObjectionChoice(purpose.name(), !purpose.directMarketing(),
                count[0], count[1], count[2], count[3], decided.get(purpose))));
        return choices;
    }

    /**
     * The purpose whose decision the item follows, as erasure-service names it; for a plan read from an older
     * erasure-service, from the reason codes of the purpose's decision.
     */
    private static Optional<ObjectionPurpose> purposeOf(ErasureService.PlanItem item) {
        if (item.objectionPurpose() != null) {
            return ObjectionPurpose.ofName(item.objectionPurpose());
        }
        return item.reasonCode() != null && DECIDED_ON_PURPOSE.contains(item.reasonCode())
                ? ObjectionPurpose.ofCategory(item.retentionCategory()) : Optional.empty();
    }
}

package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.events.ObjectionPurpose;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One purpose of an objection case (Art. 21 GDPR) as the case page offers it: how many of its records wait for the
 * assistant's decision, how many she stopped or continued; {@code mayContinue} is false for direct marketing.
 */
public record ObjectionChoice(String purpose, boolean mayContinue, int waiting, int stopped, int continued) {

    private static final String WAITING = "OBJECTION_AWAITING_DECISION";
    private static final String STOPPED = "OBJECTION_UPHELD";
    private static final String CONTINUED = "COMPELLING_GROUNDS";
    private static final Set<String> DECIDED_ON_PURPOSE = Set.of(WAITING, STOPPED, CONTINUED);

    /** The purposes of a plan's items decided per purpose, in the order of {@link ObjectionPurpose}. */
    static List<ObjectionChoice> of(List<ErasureService.PlanItem> items) {
        Map<ObjectionPurpose, int[]> counts = new EnumMap<>(ObjectionPurpose.class);
        for (ErasureService.PlanItem item : items == null ? List.<ErasureService.PlanItem>of() : items) {
            if (!DECIDED_ON_PURPOSE.contains(item.reasonCode())) {
                continue;
            }
            ObjectionPurpose.ofCategory(item.retentionCategory()).ifPresent(purpose -> {
                int[] count = counts.computeIfAbsent(purpose, p -> new int[3]);
                count[WAITING.equals(item.reasonCode()) ? 0 : STOPPED.equals(item.reasonCode()) ? 1 : 2]++;
            });
        }
        List<ObjectionChoice> choices = new ArrayList<>();
        // never continue direct marketing (Art. 21(3) GDPR)
        counts.forEach((purpose, count) -> choices.add(new ObjectionChoice(purpose.name(), !purpose.directMarketing(),
                count[0], count[1], count[2])));
        return choices;
    }
}

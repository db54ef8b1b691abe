package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a restriction under Art. 18(1)(c) GDPR: we no longer needed her data, she needed them for legal claims.
 * Once she no longer needs them either, nothing justifies their use: they do not go back into normal use, each record
 * goes as it would on her erasure request (the deletion concept with the master-data-while-held rule, LEGAL.md §3).
 * What no retention hold keeps is erased (Art. 17(1)(a) GDPR); what a hold keeps stays restricted under that hold
 * (Art. 17(3)(b) with Art. 6(1)(c)) and is erased when it ends. Plain Java.
 */
final class LegalClaimsEnded {

    /** One restricted record and what the deletion concept says for it today. */
    record Outcome(PlanItem item, PlanProposal evaluated) {

        /** No hold keeps the record: it is erased. */
        boolean erasedNow() {
            return evaluated.action() == PlannedAction.ERASE;
        }

        /**
         * The record as the notice before the lift names it: to be erased ({@link ReasonCode#NO_HOLD}, no dates), or
         * kept restricted under its hold (its law, last day and first day of erasure, its reason code).
         */
        ErasureEvents.RestrictedRecord announced() {
            return item.restrictedRecordAs(evaluated);
        }
    }

    private LegalClaimsEnded() {
    }

    /** Whether a restriction on {@code ground} ends into erasure or a retention hold instead of a lift. */
    static boolean endsInErasure(RestrictionGround ground) {
        return ground == RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS;
    }

    /**
     * What happens to each of {@code restricted} on {@code today}, in their order, as her erasure request would have
     * it: each record is certainly hers (a name-only match was confirmed before it was restricted). Refused (409) while
     * one has no hold the deletion concept can count (its category is unknown, or a held record has no date): that
     * record can be neither erased nor kept for a known time.
     */
    static List<Outcome> evaluate(ErasurePlanner planner, List<PlanItem> restricted, LocalDate today) {
        List<PlanProposal> evaluated = planner.plan(RequestType.ERASURE,
                restricted.stream().map(item -> item.finding().confirmed()).toList(), List.of(), today);
        List<Outcome> outcomes = new ArrayList<>();
        long uncountable = 0;
        for (int i = 0; i < restricted.size(); i++) {
            PlanProposal proposal = evaluated.get(i);
            boolean held = proposal.action() == PlannedAction.RESTRICT && proposal.holdUntil() != null;
            if (!held && proposal.action() != PlannedAction.ERASE) {
                uncountable++;
            }
            outcomes.add(new Outcome(restricted.get(i), proposal));
        }
        if (uncountable > 0) {
            throw new PlanItemConflict(uncountable + " restricted records have no retention category the deletion"
                    + " concept knows, or no date to count their hold from: on the end of a restriction under"
                    + " Art. 18(1)(c) each record is erased or kept under its hold, and for these neither can be"
                    + " decided");
        }
        return outcomes;
    }

    /**
     * The lift of a restriction on the other grounds: each of {@code restricted} goes back into use, but one whose
     * storage period ended while it was restricted is erased instead ({@link ErasurePlanner#atLift}).
     */
    static List<Outcome> atLift(ErasurePlanner planner, List<PlanItem> restricted, LocalDate today) {
        return restricted.stream()
                .map(item -> new Outcome(item, planner.atLift(item.finding().confirmed(), today))).toList();
    }
}

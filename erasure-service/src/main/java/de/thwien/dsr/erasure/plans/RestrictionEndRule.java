package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.RestrictionEnd;
import de.thwien.dsr.events.RestrictionGround;
import java.util.Arrays;
import java.util.List;

/**
 * What ends a restriction she asked for, per ground of Art. 18(1) GDPR: each ground only for a reason of its own
 * ({@link RestrictionEnd}), so a restriction is never lifted seconds after it was placed with no reason at all, and the
 * notice before the lift states what is true. The assistant states the reason with a real sentence of her own; the
 * accuracy check's "rectified" is no statement of hers but the result of a completed rectification. Plain Java.
 */
public final class RestrictionEndRule {

    private RestrictionEndRule() {
    }

    /** The reasons the assistant may state for a restriction on {@code ground}; none while it has no ground. */
    public static List<RestrictionEnd> statable(RestrictionGround ground) {
        return Arrays.stream(RestrictionEnd.values())
                .filter(end -> end.statableByAssistant() && end.ends(ground)).toList();
    }

    /**
     * The assistant's statement why the restriction on {@code ground} ends, its reason trimmed; refused (400) when
     * she may not state it (another ground's reason, or "rectified", which only a rectification gives) or when the
     * reason is no sentence ({@link WrittenReason}).
     */
    public static String statement(RestrictionGround ground, RestrictionEnd end, String reason) {
        if (!end.statableByAssistant()) {
            throw new RestrictionEndNotAllowed(end + " is the result of a completed rectification of her restricted"
                    + " records (corrected with proof), never a statement: rectify her records on the case's"
                    + " rectification, or state " + statable(ground));
        }
        if (!end.ends(ground)) {
            throw new RestrictionEndNotAllowed(end + " is not a reason that ends the restriction on Art. 18(1)("
                    + ground.letter() + "); on that ground only " + statable(ground) + " may be stated");
        }
        String trimmed = reason == null ? "" : reason.strip();
        if (!WrittenReason.isASentence(trimmed)) {
            throw new RestrictionEndReasonTooShort();
        }
        return trimmed;
    }

    /**
     * Refuses (409) the lift of a restriction on {@code ground} whose reason to end, {@code end}, is missing or not
     * one of its ground's, naming what each ground needs.
     */
    public static void checkLift(RestrictionGround ground, RestrictionEnd end) {
        if (ground == null) {
            throw new PlanItemConflict("the restriction has no ground: choose it, and record why it ends, before the"
                    + " lift");
        }
        if (end != null && end.ends(ground)) {
            return;
        }
        throw switch (ground) {
            case ACCURACY_CONTESTED -> new AccuracyCheckMissing();
            case UNLAWFUL_PROCESSING -> new RestrictionWithdrawalMissing();
            case NEEDED_FOR_LEGAL_CLAIMS -> new LegalClaimsEndMissing();
            case OBJECTION_PENDING -> new ObjectionWeighingMissing();
        };
    }
}

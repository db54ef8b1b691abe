package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import java.time.LocalDate;

/**
 * What the planner proposes for one finding.
 *
 * @param finding         the finding, or {@code null} for a store that could not be searched
 * @param action          what happens unless the assistant decides otherwise
 * @param evaluatedAction what the deletion concept alone says (differs from {@code action} for a
 *                        WEAK match held back for review: approving it applies this one)
 * @param holdUntil       last day of the hold of a RESTRICT item
 * @param erasableFrom    first day a RESTRICT item may be erased
 * @param legalBasis      basis of the hold (RESTRICT) or of continuing processing (KEEP)
 * @param reason          why, in words for the assistant
 * @param reasonCode      why, as the code a notice words in the requester's language
 * @param needsApproval   waits for the assistant before anything is done
 * @param consentBased    the finding is processed on consent (Art. 6(1)(a) GDPR)
 * @param earlierPart     a part of a RESTRICT item erased before the rest, when its hold ends first (at a lift: the
 *                        part of a record going back into use whose own period has ended); otherwise null
 */
public record PlanProposal(
        Finding finding,
        String store,
        String reference,
        String retentionCategory,
        PlannedAction action,
        PlannedAction evaluatedAction,
        LocalDate holdUntil,
        LocalDate erasableFrom,
        String legalBasis,
        String reason,
        ReasonCode reasonCode,
        boolean needsApproval,
        boolean consentBased,
        EarlierPart earlierPart) {

    /** A proposal for a record that is one whole. */
    public PlanProposal(Finding finding, String store, String reference, String retentionCategory,
            PlannedAction action, PlannedAction evaluatedAction, LocalDate holdUntil, LocalDate erasableFrom,
            String legalBasis, String reason, ReasonCode reasonCode, boolean needsApproval, boolean consentBased) {
        this(finding, store, reference, retentionCategory, action, evaluatedAction, holdUntil, erasableFrom,
                legalBasis, reason, reasonCode, needsApproval, consentBased, null);
    }
}

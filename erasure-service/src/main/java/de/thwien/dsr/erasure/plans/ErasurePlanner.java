package de.thwien.dsr.erasure.plans;

import static de.thwien.dsr.events.RetentionCategory.CUSTOMER_MASTER_DATA;

import de.thwien.dsr.erasure.retention.rules.PartHolds;
import de.thwien.dsr.erasure.retention.rules.RetentionDecision;
import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.ObjectionPurpose;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RetentionCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a located subject's findings into an erasure plan (LEGAL.md §3–4): one item per finding,
 * ERASE now, RESTRICT until its hold ends, or KEEP with a reason. Pure Java.
 */
public final class ErasurePlanner {

    private static final String CONSENT_BASIS_MARK = "6(1)(a)";

    private final RetentionPolicy policy;
    private final Set<String> consentBasedCategories;
    private final Function<RetentionCategory, ObjectionPurpose> purposes;

    public ErasurePlanner(RetentionPolicy policy, Set<String> consentBasedCategories) {
        this(policy, consentBasedCategories, ObjectionPurpose::of);
    }

    /** {@code purposes}: which purpose records of a category are processed for (tests name other assignments). */
    ErasurePlanner(RetentionPolicy policy, Set<String> consentBasedCategories,
            Function<RetentionCategory, ObjectionPurpose> purposes) {
        this.policy = policy;
        this.consentBasedCategories = Set.copyOf(consentBasedCategories);
        this.purposes = purposes;
    }

    public List<PlanProposal> plan(RequestType requestType, List<Finding> findings, List<String> storesUnavailable,
            LocalDate asOf) {
        List<PlanProposal> items = new ArrayList<>();
        for (Finding finding : findings) {
            items.add(switch (requestType) {
                case CONSENT_WITHDRAWAL -> forConsentWithdrawal(finding, asOf);
                case OBJECTION -> forObjection(finding, asOf);
                default -> forErasure(finding, asOf);
            });
        }
        List<PlanProposal> withMasterData = restrictMasterDataWhileHeld(items);
        for (String store : storesUnavailable) {
            withMasterData.add(new PlanProposal(null, store, null, null, PlannedAction.KEEP, PlannedAction.KEEP,
                    null, null, null, "store unavailable: it could not be searched, its records are handled"
                    + " when it is reachable again", ReasonCode.STORE_UNAVAILABLE, true, false));
        }
        return withMasterData;
    }

    /** Whether the finding is processed on consent, by its legal basis or by configuration. */
    public boolean consentBased(Finding finding) {
        return consentBasedCategories.contains(finding.retentionCategory())
                || (finding.legalBasis() != null && finding.legalBasis().replace(" ", "").contains(CONSENT_BASIS_MARK));
    }

    /** The item for a finding under the deletion concept, e.g. after the assistant reclassified it. */
    public PlanProposal forErasure(Finding finding, LocalDate asOf) {
        boolean consent = consentBased(finding);
        if (!policy.knows(finding.retentionCategory())) {
            return keep(finding, PlannedAction.KEEP, null,
                    "unknown retention category: the assistant classifies the record", ReasonCode.UNKNOWN_CATEGORY,
                    true, consent);
        }
        if (finding.retentionStart() == null && policy.holdsFor(finding.retentionCategory())) {
            // a store row without a date (a column left empty): the hold's end cannot be counted
            return keep(finding, PlannedAction.RESTRICT, null, "held record with no date to count its hold from:"
                    + " the assistant checks it", ReasonCode.UNKNOWN_CATEGORY, true, consent);
        }
        RetentionDecision decision = policy.evaluate(finding.retentionCategory(), finding.retentionStart(), asOf);
        EarlierPart earlierPart = null;
        if (!finding.parts().isEmpty()
                && finding.parts().stream().allMatch(part -> policy.knows(part.retentionCategory()))) {
            PartHolds holds = PartHolds.evaluate(policy, finding.parts(), finding.retentionStart(), asOf);
            decision = holds.wholeRecord();
            earlierPart = holds.partToEraseFirst().map(kind -> earlierPart(finding, holds, kind, asOf)).orElse(null);
        }
        PlannedAction evaluated = decision.restricts() ? PlannedAction.RESTRICT : PlannedAction.ERASE;
        String partFirst = earlierPart == null ? ""
                : "; its " + earlierPart.kind() + " (" + earlierPart.retentionCategory() + ") is erased from "
                        + earlierPart.erasableFrom();
        if (finding.matchStrength() == MatchStrength.WEAK) {
            return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                    PlannedAction.KEEP, evaluated, decision.holdUntil(), decision.erasableFrom(),
                    decision.legalBasis(), "weak match (name only) awaiting review; if it is the person: "
                    + evaluated + partFirst, ReasonCode.WEAK_MATCH_AWAITING_REVIEW, true, consent, earlierPart);
        }
        if (decision.restricts()) {
            return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                    PlannedAction.RESTRICT, PlannedAction.RESTRICT, decision.holdUntil(), decision.erasableFrom(),
                    decision.legalBasis(), "retention hold: restricted (Art. 18 GDPR) until " + decision.holdUntil()
                    + ", erased from " + decision.erasableFrom() + partFirst, ReasonCode.RETENTION_HOLD, false,
                    consent, earlierPart);
        }
        return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                PlannedAction.ERASE, PlannedAction.ERASE, null, null, null, "no retention hold", ReasonCode.NO_HOLD,
                false, consent);
    }

    /** The part erased first: from the day its own hold ends, or from today when it has none. */
    private static EarlierPart earlierPart(Finding finding, PartHolds holds, Finding.PartKind kind, LocalDate asOf) {
        RetentionDecision part = holds.of(kind);
        String category = finding.parts().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow()
                .retentionCategory();
        return new EarlierPart(kind, category, part.restricts() ? part.erasableFrom() : asOf);
    }

    private PlanProposal forConsentWithdrawal(Finding finding, LocalDate asOf) {
        if (consentBased(finding)) {
            return forErasure(finding, asOf);
        }
        if (ProcessingBasis.namedIn(finding.legalBasis()).contains(ProcessingBasis.LEGAL_OBLIGATION)
                && policy.knows(finding.retentionCategory()) && finding.retentionStart() != null) {
            return underLegalObligation(finding, asOf);
        }
        String basis = finding.legalBasis() == null ? "another legal basis" : finding.legalBasis();
        // the basis itself only where the finding names one: the placeholder is no legal basis to quote
        return keep(finding, PlannedAction.KEEP, finding.legalBasis(),
                "not processed on consent: processing continues on " + basis + " (Art. 7(3), 17(1)(b) GDPR)",
                ReasonCode.NOT_PROCESSED_ON_CONSENT, false, false);
    }

    /**
     * On an objection (Art. 21 GDPR): a record processed on a legitimate interest (Art. 6(1)(f)) waits for the
     * assistant's decision on its purpose, stop (what the deletion concept says: erased, or restricted under a hold)
     * or continue on compelling grounds; direct marketing stops without weighing (Art. 21(3)). A record processed on
     * another basis is not touched by the objection and continues. A name-only match keeps its review first.
     */
    public PlanProposal forObjection(Finding finding, LocalDate asOf) {
        boolean consent = consentBased(finding);
        if (!ProcessingBasis.namedIn(finding.legalBasis()).contains(ProcessingBasis.LEGITIMATE_INTERESTS)) {
            String basis = finding.legalBasis() == null ? "another legal basis" : finding.legalBasis();
            return keep(finding, PlannedAction.KEEP, finding.legalBasis(), "not processed on a legitimate interest:"
                    + " processing continues on " + basis + " (Art. 21(1) GDPR covers Art. 6(1)(e), (f) only)",
                    ReasonCode.NOT_PROCESSED_ON_LEGITIMATE_INTEREST, false, consent);
        }
        PlanProposal stop = forErasure(finding, asOf);
        Optional<ObjectionPurpose> purpose = RetentionCategory.find(finding.retentionCategory()).map(purposes);
        if (purpose.isEmpty() || finding.matchStrength() == MatchStrength.WEAK || purpose.get().directMarketing()) {
            return stop;
        }
        return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                PlannedAction.KEEP, stop.evaluatedAction(), stop.holdUntil(), stop.erasableFrom(), stop.legalBasis(),
                "objection (Art. 21(1) GDPR) to " + purpose.get() + ": the assistant decides to stop ("
                        + stop.evaluatedAction() + ") or to continue on compelling legitimate grounds",
                ReasonCode.OBJECTION_AWAITING_DECISION, true, consent, stop.earlierPart());
    }

    /** The purpose an objection decides on for records of this category, if the category is known. */
    public Optional<ObjectionPurpose> purposeOf(String retentionCategory) {
        return RetentionCategory.find(retentionCategory).map(purposes);
    }

    /**
     * A record kept under a legal obligation (Art. 6(1)(c) GDPR) stays only while its hold runs, and the plan says
     * until when; once the hold has ended, or where its category has none, nothing justifies keeping it any more,
     * so it is erased (Art. 17(1)(a) GDPR, LEGAL.md §3): the deletion concept decides, not the store's stated basis.
     */
    private PlanProposal underLegalObligation(Finding finding, LocalDate asOf) {
        RetentionDecision decision = policy.evaluate(finding.retentionCategory(), finding.retentionStart(), asOf);
        if (decision.restricts()) {
            return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                    PlannedAction.KEEP, PlannedAction.KEEP, decision.holdUntil(), decision.erasableFrom(),
                    finding.legalBasis(), "not processed on consent: kept under a legal obligation until "
                    + decision.holdUntil() + " (" + finding.legalBasis() + "; Art. 7(3), 17(1)(b) GDPR)",
                    ReasonCode.NOT_PROCESSED_ON_CONSENT, false, false);
        }
        boolean held = policy.holdsFor(finding.retentionCategory());
        return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                PlannedAction.ERASE, PlannedAction.ERASE, null, null, null,
                (held ? "its retention hold has ended" : "no retention hold")
                        + ": no longer needed for any purpose, erased (Art. 17(1)(a) GDPR)",
                held ? ReasonCode.ERASED_AFTER_HOLD : ReasonCode.NO_HOLD, false, false);
    }

    private static PlanProposal keep(Finding finding, PlannedAction evaluated, String basis, String reason,
            ReasonCode reasonCode, boolean needsApproval, boolean consent) {
        return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                PlannedAction.KEEP, evaluated, null, null, basis, reason, reasonCode, needsApproval, consent);
    }

    /**
     * Customer master data stays restricted while any other record of the same person is on hold,
     * until the last hold ends (LEGAL.md §3). Only holds of records that are certainly the person's
     * (STRONG, restricted) count.
     */
    private static List<PlanProposal> restrictMasterDataWhileHeld(List<PlanProposal> items) {
        Optional<PlanProposal> longestHold = longestHold(items);
        List<PlanProposal> result = new ArrayList<>();
        for (PlanProposal item : items) {
            boolean masterData = CUSTOMER_MASTER_DATA.id().equals(item.retentionCategory());
            if (masterData && item.evaluatedAction() == PlannedAction.ERASE && longestHold.isPresent()) {
                result.add(heldAlongside(item, longestHold.get()));
            } else {
                result.add(item);
            }
        }
        return result;
    }

    /** The hold that ends last among the plan's restricted records, master data excluded. */
    public static Optional<PlanProposal> longestHold(List<PlanProposal> items) {
        return items.stream()
                .filter(i -> i.action() == PlannedAction.RESTRICT && !CUSTOMER_MASTER_DATA.id().equals(i.retentionCategory()))
                .max(Comparator.comparing(PlanProposal::holdUntil));
    }

    static PlanProposal heldAlongside(PlanProposal masterData, PlanProposal longest) {
        boolean weak = masterData.finding() != null && masterData.finding().matchStrength() == MatchStrength.WEAK;
        String basis = "Art. 17(3)(b), 18 GDPR: customer master data is kept while other records of the person"
                + " are on hold (" + longest.legalBasis() + ")";
        return new PlanProposal(masterData.finding(), masterData.store(), masterData.reference(),
                masterData.retentionCategory(), weak ? PlannedAction.KEEP : PlannedAction.RESTRICT,
                PlannedAction.RESTRICT, longest.holdUntil(), longest.erasableFrom(), basis,
                (weak ? "weak match (name only) awaiting review; " : "")
                        + "master data restricted until the last hold ends on " + longest.holdUntil(),
                weak ? ReasonCode.WEAK_MATCH_AWAITING_REVIEW : ReasonCode.MASTER_DATA_WHILE_HELD,
                weak, masterData.consentBased());
    }
}

package de.thwien.dsr.erasure.plans;

import static de.thwien.dsr.events.RetentionCategory.CUSTOMER_MASTER_DATA;

import de.thwien.dsr.erasure.retention.rules.PartHolds;
import de.thwien.dsr.erasure.retention.rules.RetentionDecision;
import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.erasure.retention.rules.RuleKind;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.ObjectionPurpose;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.events.RetentionCategory;
import java.time.LocalDate;
import java.time.ZoneId;
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
    /** The calendar the privacy policy's periods are counted on. */
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String RESTRICTION_BASIS = "Art. 18(1) GDPR: restricted at the data subject's request";

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
        return plan(requestType, findings, storesUnavailable, asOf, null);
    }

    /** {@code ground}: on a restriction, the ground she gave, if it is known yet (null otherwise). */
    public List<PlanProposal> plan(RequestType requestType, List<Finding> findings, List<String> storesUnavailable,
            LocalDate asOf, RestrictionGround ground) {
        List<PlanProposal> items = new ArrayList<>();
        for (Finding finding : findings) {
            items.add(switch (requestType) {
                case CONSENT_WITHDRAWAL -> forConsentWithdrawal(finding, asOf);
                case RESTRICTION -> forRestriction(finding, ground);
                case OBJECTION -> forObjection(finding, asOf);
                default -> forErasure(finding, asOf);
            });
        }
        List<PlanProposal> withMasterData = restrictMasterDataWhileHeld(items, longestHold(items)
                .or(() -> longestHoldContinuing(items)));
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

    /**
     * A restriction she asked for (Art. 18(1) GDPR): every record of hers is restricted, with no end date; it lasts
     * until the assistant lifts it after telling her (Art. 18(3)). A record found by name only waits for the assistant
     * like on an erasure: restricting another person's record is no restriction of hers.
     */
    public PlanProposal forRestriction(Finding finding) {
        return forRestriction(finding, null);
    }

    /**
     * On 18(1)(c) her restriction presumes that we no longer need the data: a record of the relationship itself
     * (customer master data, a conference account) may still be needed while it runs, so the assistant checks it
     * first ({@link ReasonCode#RESTRICTION_PREMISE_CHECK}): approved, it is restricted with the others; declined in
     * her words, it stays in use and the answer says why.
     */
    public PlanProposal forRestriction(Finding finding, RestrictionGround ground) {
        if (ground == RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS && keptWhileTheRelationshipRuns(finding)
                && finding.matchStrength() != MatchStrength.WEAK) {
            return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                    PlannedAction.KEEP, PlannedAction.RESTRICT, null, null, RESTRICTION_BASIS,
                    "Art. 18(1)(c) GDPR presumes that we no longer need the data: approve the restriction if the"
                            + " relationship has ended, decline it in your words if we still need the record",
                    ReasonCode.RESTRICTION_PREMISE_CHECK, true, consentBased(finding));
        }
        boolean weak = finding.matchStrength() == MatchStrength.WEAK;
        return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                weak ? PlannedAction.KEEP : PlannedAction.RESTRICT, PlannedAction.RESTRICT, null, null,
                RESTRICTION_BASIS, (weak ? "weak match (name only) awaiting review; if it is the person: " : "")
                + "restricted at the requester's request (Art. 18(1) GDPR) until the restriction is lifted",
                weak ? ReasonCode.WEAK_MATCH_AWAITING_REVIEW : ReasonCode.RESTRICTION_REQUESTED, weak,
                consentBased(finding));
    }

    /**
     * A record restricted at her request whose restriction is lifted (on 18(1)(a), (b), (d)): it goes back into use
     * only while its storage period runs, as a record a withdrawal or an objection does not reach
     * ({@link #whileItsStoragePeriodRuns}); one whose period ended while it was restricted is erased instead (Art. 5(1)(e),
     * 17(1)(a) GDPR). Processed on consent, it lasts until she withdraws it. A record in parts whose earlier part's
     * own hold has ended (a voucher mail's body, LEGAL.md §3) goes back into use without that part: it has no purpose
     * left and is erased before the lift ({@link PlanProposal#earlierPart}), the rest is lifted while its period runs.
     * Any other answer: lifted.
     */
    public PlanProposal atLift(Finding finding, LocalDate asOf) {
        PlanProposal lifted = new PlanProposal(finding, finding.store(), finding.reference(),
                finding.retentionCategory(), PlannedAction.KEEP, PlannedAction.KEEP, null, null, RESTRICTION_BASIS,
                "restriction lifted: back into use", ReasonCode.RESTRICTION_REQUESTED, false, consentBased(finding));
        if (consentBased(finding) && !maximumStorage(finding) || keptWhileTheRelationshipRuns(finding)) {
            // a record of the relationship was in use before she asked; the restriction's end gives it back
            return lifted;
        }
        PlanProposal evaluated = whileItsStoragePeriodRuns(finding, asOf, (f, holdUntil, erasableFrom, part) -> lifted);
        if (evaluated.action() == PlannedAction.ERASE) {
            return evaluated;
        }
        EarlierPart part = evaluated.earlierPart();
        if (evaluated.action() == PlannedAction.RESTRICT && part != null && !part.erasableFrom().isAfter(asOf)) {
            return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                    PlannedAction.KEEP, PlannedAction.KEEP, null, null, RESTRICTION_BASIS,
                    "restriction lifted: back into use without its " + part.kind() + " (" + part.retentionCategory()
                            + "), whose own storage period has ended: erased before the lift",
                    ReasonCode.RESTRICTION_REQUESTED, false, consentBased(finding), part);
        }
        return lifted;
    }

    /** The part erased first: from the day its own hold ends, or from today when it has none. */
    private static EarlierPart earlierPart(Finding finding, PartHolds holds, Finding.PartKind kind, LocalDate asOf) {
        RetentionDecision part = holds.of(kind);
        String category = finding.parts().stream().filter(p -> p.kind() == kind).findFirst().orElseThrow()
                .retentionCategory();
        return new EarlierPart(kind, category, part.restricts() ? part.erasableFrom() : asOf);
    }

    /**
     * A consent withdrawal ends the processing on consent: such data is erased (Art. 17(1)(b) GDPR). Processing on
     * another basis continues (LEGAL.md §4), but only while its storage period runs ({@link #whileItsStoragePeriodRuns}).
     */
    private PlanProposal forConsentWithdrawal(Finding finding, LocalDate asOf) {
        if (consentBased(finding)) {
            return forErasure(finding, asOf);
        }
        return whileItsStoragePeriodRuns(finding, asOf, ErasurePlanner::continuingWithoutConsent);
    }

    /** How a record that goes on being processed on its own basis is kept, until its period ends (if it has one). */
    @FunctionalInterface
    private interface Continuing {
        PlanProposal until(Finding finding, LocalDate holdUntil, LocalDate erasableFrom, String partFirst);
    }

    /**
     * A record a request does not reach (processed on another basis) goes on being processed, but only while its
     * storage period runs (Art. 5(1)(e) GDPR), counted as for an erasure request: one whose period has ended has no
     * purpose left and is erased (Art. 17(1)(a) GDPR, LEGAL.md §3: a 2015 business letter is erased like the 2015
     * invoice beside it); one whose period runs is kept with its basis and the day it will be erased; a record in
     * parts whose earlier part's hold has ended (a voucher mail's body) loses that part now and is kept restricted for
     * the rest's hold alone. Records of the relationship itself continue while it runs, which the assistant confirms
     * ({@link #relationshipCheck}).
     */
    private PlanProposal whileItsStoragePeriodRuns(Finding finding, LocalDate asOf, Continuing continuing) {
        if (keptWhileTheRelationshipRuns(finding)) {
            return finding.matchStrength() == MatchStrength.WEAK ? continuing.until(finding, null, null, "")
                    : relationshipCheck(finding, asOf);
        }
        if (maximumStorage(finding)) {
            return withinMaximumStorage(finding, asOf, continuing);
        }
        PlanProposal evaluated = forErasure(finding, asOf);
        if (evaluated.reasonCode() == ReasonCode.UNKNOWN_CATEGORY
                || (evaluated.reasonCode() == ReasonCode.WEAK_MATCH_AWAITING_REVIEW
                        && evaluated.evaluatedAction() == PlannedAction.ERASE)) {
            // its period cannot be counted, or it is erased if it is hers: the assistant decides, as for an erasure
            return evaluated;
        }
        if (evaluated.evaluatedAction() == PlannedAction.ERASE) {
            return periodEnded(finding);
        }
        EarlierPart part = evaluated.earlierPart();
        if (part != null && !part.erasableFrom().isAfter(asOf) && evaluated.action() == PlannedAction.RESTRICT) {
            // the body's own hold has ended: it goes now, and the rest is kept only for its hold (LEGAL.md §3)
            return evaluated;
        }
        PlanProposal kept = continuing.until(finding, evaluated.holdUntil(), evaluated.erasableFrom(),
                part == null ? "" : "; its " + part.kind() + " (" + part.retentionCategory() + ") ends on "
                        + part.erasableFrom().minusDays(1));
        // each part only as long as its own period (LEGAL.md §3): the body goes on its day, the rest on its own
        return part == null || kept.action() != PlannedAction.KEEP ? kept : withEarlierPart(kept, part);
    }

    private static PlanProposal withEarlierPart(PlanProposal kept, EarlierPart part) {
        return new PlanProposal(kept.finding(), kept.store(), kept.reference(), kept.retentionCategory(),
                kept.action(), kept.evaluatedAction(), kept.holdUntil(), kept.erasableFrom(), kept.legalBasis(),
                kept.reason(), kept.reasonCode(), kept.needsApproval(), kept.consentBased(), part);
    }

    /**
     * On an objection (Art. 21 GDPR): a record processed on a legitimate interest (Art. 6(1)(f)) waits for the
     * assistant's decision on its purpose, stop (what the deletion concept says: erased, or restricted under a hold)
     * or continue on compelling grounds; direct marketing stops without weighing (Art. 21(3)). A record processed on
     * another basis is not touched by the objection: on consent it continues until she withdraws it, on another basis
     * only while its storage period runs ({@link #whileItsStoragePeriodRuns}): a business letter whose hold has ended is
     * erased, as a withdrawal or the routine deletion would (Art. 5(1)(e), 17(1)(a) GDPR). A name-only match is reviewed first; confirmed as hers, it waits for the
     * decision on its purpose like her other records ({@link PlanDecisions#approve}): confirming whose a record is
     * stops nothing.
     */
    public PlanProposal forObjection(Finding finding, LocalDate asOf) {
        boolean consent = consentBased(finding);
        List<ProcessingBasis> stated = ProcessingBasis.namedIn(finding.legalBasis());
        if (!stated.contains(ProcessingBasis.LEGITIMATE_INTERESTS)) {
            // not reached by the objection; processed on consent it lasts until she withdraws it, on another basis
            // while its storage period runs
            return consent && !maximumStorage(finding) ? notReachedByObjection(finding, null, null, "")
                    : whileItsStoragePeriodRuns(finding, asOf, this::notReachedByObjection);
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
     * The purpose an objection decides on for a record processed on {@code processingBasis}: only one processed on a
     * legitimate interest (Art. 6(1)(f)) has one; an objection does not reach processing on another basis.
     */
    public Optional<ObjectionPurpose> objectionPurposeOf(String processingBasis, String retentionCategory) {
        return ProcessingBasis.namedIn(processingBasis).contains(ProcessingBasis.LEGITIMATE_INTERESTS)
                ? purposeOf(retentionCategory) : Optional.empty();
    }

    /**
     * Customer master data and a conference account describe the relationship itself (LEGAL.md §3 counts no period
     * for them): they serve the contract while it runs, so a withdrawal leaves them to it.
     */
    private static boolean keptWhileTheRelationshipRuns(Finding finding) {
        return RetentionCategory.find(finding.retentionCategory())
                .map(category -> switch (category) {
                    case CUSTOMER_MASTER_DATA, CONFERENCE_ACCOUNT -> true;
                    default -> false;
                })
                .orElse(false);
    }

    /**
     * Customer master data or a conference account on a withdrawal or an objection: it serves the contract while the
     * relationship runs, which only the assistant knows. Approved (the relationship has ended), it goes as on an
     * erasure request: erased, or master data restricted until the last record a law makes us keep about her is
     * erased ({@link #restrictMasterDataWhileHeld}); declined in her words, it continues with no end date.
     */
    private PlanProposal relationshipCheck(Finding finding, LocalDate asOf) {
        PlanProposal ended = forErasure(finding, asOf);
        return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                PlannedAction.KEEP, ended.evaluatedAction(), ended.holdUntil(), ended.erasableFrom(),
                finding.legalBasis(), relationshipQuestion(ended.evaluatedAction().name()),
                ReasonCode.RELATIONSHIP_CHECK, true, consentBased(finding));
    }

    /** What the assistant is asked about a record of the relationship, and what approving it does. */
    static String relationshipQuestion(String whenEnded) {
        return "record of the relationship: approve if it has ended (then " + whenEnded + "), decline in your words"
                + " if it still runs (it continues)";
    }

    private boolean maximumStorage(Finding finding) {
        return policy.knows(finding.retentionCategory())
                && policy.rule(finding.retentionCategory()).kind() == RuleKind.MAXIMUM_STORAGE
                && policy.rule(finding.retentionCategory()).hasPeriod()
                && finding.retentionStart() != null;
    }

    /**
     * A record the privacy policy keeps at most a while (a log): kept until then, erased once it has passed. Known by
     * its date only, it counts from the start of that day, never later than from its actual moment (LEGAL.md §3).
     */
    private PlanProposal withinMaximumStorage(Finding finding, LocalDate asOf, Continuing continuing) {
        LocalDate erasableFrom = LocalDate.ofInstant(policy.routinelyErasableAt(finding.retentionCategory(),
                finding.retentionStart().atStartOfDay(BERLIN).toInstant(), BERLIN), BERLIN);
        return asOf.isBefore(erasableFrom)
                ? continuing.until(finding, erasableFrom.minusDays(1), erasableFrom, "")
                : periodEnded(finding);
    }

    /** Processing on another basis than consent continues until the record's storage period ends, if it has one. */
    private static PlanProposal continuingWithoutConsent(Finding finding, LocalDate holdUntil, LocalDate erasableFrom,
            String partFirst) {
        String basis = finding.legalBasis() == null ? "another legal basis" : finding.legalBasis();
        // the basis itself only where the finding names one: the placeholder is no legal basis to quote
        return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                PlannedAction.KEEP, PlannedAction.KEEP, holdUntil, erasableFrom, finding.legalBasis(),
                "not processed on consent: processing continues on " + basis + until(holdUntil, erasableFrom,
                        partFirst) + " (Art. 7(3), 17(1)(b) GDPR)", ReasonCode.NOT_PROCESSED_ON_CONSENT, false, false);
    }

    /**
     * Processing on another basis than a legitimate interest is not reached by an objection (Art. 21(1) GDPR covers
     * Art. 6(1)(e), (f) only) and continues until the record's storage period ends, if it has one. A record no hold
     * keeps is not said to be kept under Art. 6(1)(c), whatever its store states.
     */
    private PlanProposal notReachedByObjection(Finding finding, LocalDate holdUntil, LocalDate erasableFrom,
            String partFirst) {
        List<ProcessingBasis> stated = ProcessingBasis.namedIn(finding.legalBasis());
        String statedToday = holdUntil != null || !stated.contains(ProcessingBasis.LEGAL_OBLIGATION)
                ? finding.legalBasis()
                : ProcessingBasis.cited(stated.stream().filter(b -> b != ProcessingBasis.LEGAL_OBLIGATION).toList());
        String basis = statedToday == null ? "another legal basis" : statedToday;
        return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                PlannedAction.KEEP, PlannedAction.KEEP, holdUntil, erasableFrom, statedToday,
                "not processed on a legitimate interest: processing continues on " + basis
                        + until(holdUntil, erasableFrom, partFirst) + " (Art. 21(1) GDPR covers Art. 6(1)(e), (f) only)",
                ReasonCode.NOT_PROCESSED_ON_LEGITIMATE_INTEREST, false, consentBased(finding));
    }

    private static String until(LocalDate holdUntil, LocalDate erasableFrom, String partFirst) {
        return holdUntil == null ? "" : " until " + holdUntil + " when its storage period ends, erased from "
                + erasableFrom + partFirst;
    }

    /**
     * The record's storage period has ended, or its category has none (general correspondence): whatever its basis,
     * nothing justifies keeping it any more, so it is erased (Art. 17(1)(a), 5(1)(e) GDPR, LEGAL.md §3).
     */
    private PlanProposal periodEnded(Finding finding) {
        boolean held = policy.knows(finding.retentionCategory()) && policy.holdsFor(finding.retentionCategory());
        return new PlanProposal(finding, finding.store(), finding.reference(), finding.retentionCategory(),
                PlannedAction.ERASE, PlannedAction.ERASE, null, null, null,
                (held ? "its retention hold has ended" : "no retention hold")
                        + ": no longer needed for any purpose, erased (Art. 17(1)(a), 5(1)(e) GDPR)",
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
    private static List<PlanProposal> restrictMasterDataWhileHeld(List<PlanProposal> items,
            Optional<PlanProposal> longestHold) {
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
                // a restriction she asked for has no end date: it holds no master data beyond it
                .filter(i -> i.action() == PlannedAction.RESTRICT && i.holdUntil() != null
                        && !CUSTOMER_MASTER_DATA.id().equals(i.retentionCategory()))
                .max(Comparator.comparing(PlanProposal::holdUntil));
    }

    /**
     * On a withdrawal or an objection the records a law makes us keep continue in use until their hold ends (they
     * are not restricted): the one that ends last, for the master data that makes them hers.
     */
    private Optional<PlanProposal> longestHoldContinuing(List<PlanProposal> items) {
        return items.stream()
                .filter(i -> i.action() == PlannedAction.KEEP && i.holdUntil() != null && !i.needsApproval()
                        && RetentionCategory.find(i.retentionCategory()).map(RetentionCategory::heldByLaw)
                                .orElse(false))
                .max(Comparator.comparing(PlanProposal::holdUntil))
                // the hold's basis, not the one it is used on meanwhile: that is what the master data is kept for
                .map(i -> new PlanProposal(i.finding(), i.store(), i.reference(), i.retentionCategory(), i.action(),
                        i.evaluatedAction(), i.holdUntil(), i.erasableFrom(),
                        policy.rule(i.retentionCategory()).legalBasis(), i.reason(), i.reasonCode(),
                        i.needsApproval(), i.consentBased()));
    }

    static PlanProposal heldAlongside(PlanProposal masterData, PlanProposal longest) {
        boolean weak = masterData.finding() != null && masterData.finding().matchStrength() == MatchStrength.WEAK;
        String basis = "Art. 17(3)(b), 18 GDPR: customer master data is kept while other records of the person"
                + " are on hold (" + longest.legalBasis() + ")";
        if (masterData.reasonCode() == ReasonCode.RELATIONSHIP_CHECK) {
            return new PlanProposal(masterData.finding(), masterData.store(), masterData.reference(),
                    masterData.retentionCategory(), PlannedAction.KEEP, PlannedAction.RESTRICT, longest.holdUntil(),
                    longest.erasableFrom(), basis,
                    relationshipQuestion("restricted until the last hold ends on " + longest.holdUntil()),
                    ReasonCode.RELATIONSHIP_CHECK, true,
                    masterData.consentBased());
        }
        return new PlanProposal(masterData.finding(), masterData.store(), masterData.reference(),
                masterData.retentionCategory(), weak ? PlannedAction.KEEP : PlannedAction.RESTRICT,
                PlannedAction.RESTRICT, longest.holdUntil(), longest.erasableFrom(), basis,
                (weak ? "weak match (name only) awaiting review; " : "")
                        + "master data restricted until the last hold ends on " + longest.holdUntil(),
                weak ? ReasonCode.WEAK_MATCH_AWAITING_REVIEW : ReasonCode.MASTER_DATA_WHILE_HELD,
                weak, masterData.consentBased());
    }
}

package de.thwien.dsr.intake.casework;

import com.fasterxml.jackson.annotation.JsonIgnore;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.Attention;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.RequesterData;
import de.thwien.dsr.intake.cases.TimelineEntry;
import de.thwien.dsr.intake.cases.lifecycle.CaseStateMachine;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.cases.lifecycle.CaseTrigger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A case as the assistant sees it: the case, its timeline, and the other services' summaries.
 * {@code refusalDeadlinePassed}: the month within which a refusal (Art. 12(4)) must be told, ending on {@code dueOn}
 * whatever an extension says, has passed. {@code storesNotSearched}: the store ids of an open STORES_NOT_SEARCHED.
 */
public record CaseView(
        UUID id,
        RequestType type,
        CaseStatus status,
        String language,
        String channel,
        Requester requester,
        Instant receivedAt,
        LocalDate receivedOn,
        LocalDate dueOn,
        LocalDate extendedDueOn,
        LocalDate currentDueOn,
        boolean extended,
        long daysLeft,
        boolean refusalDeadlinePassed,
        String deadlineFlag,
        Set<Attention> attention,
        List<String> storesNotSearched,
        Instant mailUnreachableSince,
        UUID duplicateOf,
        UUID followUpOf,
        List<UUID> followUps,
        String originalMessageId,
        String findings,
        String plan,
        List<Entry> notices,
        List<Entry> timeline) {

    /**
     * Address and name, or neither with {@code personalData} ERASED (shredded) or UNREADABLE. {@code message}: her
     * request in her words, shown beside the records a rectification concerns; the case file carries it, the API not.
     */
    public record Requester(String email, String name, RequesterData.Readability personalData,
            @JsonIgnore String message) {
    }

    /** A timeline entry; {@code params} are its facts for the dashboard's wording, not part of the API. */
    public record Entry(Instant at, String kind, String actor, String detail,
            @JsonIgnore Map<String, String> params) {
    }

    /** The newest timeline entry of this kind, or null: what the dashboard words in its own language. */
    public Entry latestEntry(String kind) {
        return timeline.stream().filter(entry -> entry.kind().equals(kind)).reduce((first, second) -> second)
                .orElse(null);
    }

    /**
     * Whether the case's state allows {@code trigger} (a {@link CaseTrigger} name): the same rule the actions apply,
     * so the page offers only what would be accepted.
     */
    public boolean allows(String trigger) {
        return CaseStateMachine.allows(status, CaseTrigger.valueOf(trigger));
    }

    /** What the assistant does next on this case ({@link NextSteps}): message keys of the page's words. */
    public List<String> nextSteps() {
        return NextSteps.of(status, type, attention);
    }

    /** Whether the page offers closing: what {@link CaseActions#close} accepts ({@link CaseClosingRule}). */
    public boolean offersClosing() {
        return allows("CLOSED") && !CaseClosingRule.waitsForOperatorTasks(attention);
    }

    /** Whether the state would allow closing but open operator tasks hold it back: the page says why. */
    public boolean closingWaitsForOperatorTasks() {
        return allows("CLOSED") && CaseClosingRule.waitsForOperatorTasks(attention);
    }

    /**
     * Whether the page offers the extension: what {@link CaseActions#extend} accepts ({@link DeadlineExtensionRule}):
     * not twice, not after the first period, not once the answer is sent or on its way.
     */
    public boolean offersExtension() {
        return DeadlineExtensionRule.refusal(status, extended, dueOn,
                refusalDeadlinePassed,
                DeadlineExtensionRule.answerGoingOut(timeline.stream().map(Entry::kind).toList())).isEmpty();
    }

    /**
     * Whether the page offers setting the kind of request: what {@link CaseActions#classify} accepts
     * ({@link ClassificationRule}), an open case the software could not assign.
     */
    public boolean offersClassification() {
        return ClassificationRule.refusal(status, type).isEmpty();
    }

    /** The kinds of request the assistant can set (every right; UNCLASSIFIED is what she replaces). */
    public List<RequestType> classifiableTypes() {
        return java.util.Arrays.stream(RequestType.values()).filter(kind -> kind != RequestType.UNCLASSIFIED)
                .toList();
    }

    /** Whether erasure-service makes a plan for this kind of request (erasure, consent withdrawal, objection). */
    public boolean hasErasurePlan() {
        return type == RequestType.ERASURE || type == RequestType.CONSENT_WITHDRAWAL || type == RequestType.OBJECTION
                || isRestriction();
    }

    /** A restriction request (Art. 18 GDPR): its ground and its lift are the assistant's, on the case page. */
    public boolean isRestriction() {
        return type == RequestType.RESTRICTION;
    }

    /** An Art. 16 case: erasure-service keeps its rectification plan. */
    public boolean hasRectificationPlan() {
        return type == RequestType.RECTIFICATION;
    }

    static CaseView of(DsrCase dsrCase, RequesterData requester, Set<Attention> attention,
            List<String> storesNotSearched, List<TimelineEntry> timeline, List<UUID> followUps, LocalDate today) {
        List<Entry> entries = timeline.stream()
                .map(entry -> new Entry(entry.occurredAt, entry.kind, entry.actor, entry.detail,
                        entry.params())).toList();
        return new CaseView(dsrCase.id, dsrCase.requestType, dsrCase.status, dsrCase.language,
                dsrCase.channel.name(), new Requester(requester.email(), requester.name(),
                        requester.readability(), requester.message()),
                dsrCase.receivedAt, dsrCase.receivedOn, dsrCase.dueOn, dsrCase.extendedDueOn, dsrCase.currentDueOn,
                dsrCase.extended, daysLeft(dsrCase, today), today.isAfter(dsrCase.dueOn), dsrCase.deadlineFlag, attention,
                storesNotSearched, dsrCase.mailUnreachableSince, dsrCase.duplicateOf,
                dsrCase.followUpOf, followUps, dsrCase.originalMessageId, latest(entries, "SUBJECT_LOCATED"),
                latest(entries, "ERASURE_PLANNED"),
                entries.stream().filter(entry -> entry.kind().startsWith("NOTICE_")).toList(), entries);
    }

    /** Calendar days past the current due date; 0 while it has not passed. */
    public long daysOverdue() {
        return daysLeft < 0 ? -daysLeft : 0;
    }

    /** Calendar days until the current due date (negative: overdue). */
    static long daysLeft(DsrCase dsrCase, LocalDate today) {
        return ChronoUnit.DAYS.between(today, dsrCase.currentDueOn);
    }

    private static String latest(List<Entry> entries, String kind) {
        return entries.stream().filter(entry -> entry.kind().equals(kind)).reduce((first, second) -> second)
                .map(Entry::detail).orElse(null);
    }
}

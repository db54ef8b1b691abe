package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.erasure.stores.RecordStores;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.ContinuingProcessing;
import de.thwien.dsr.events.ErasureEvents.ErasedRecord;
import de.thwien.dsr.events.ErasureEvents.OpenOperatorTask;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.ErasureEvents.RestrictedRecord;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the events the notifier writes the requester's confirmation from: what was erased,
 * what is restricted (basis, until when), what is kept and why, and processing that continues. Whom to tell under
 * Art. 19 is not decided here: the notifier's recipient register does it from the stores and categories of these
 * records, and records who was told; {@code recipientsInformed} stays empty (kept in the contract so events of older
 * and newer services still decode).
 */
final class Confirmations {

    private final RetentionPolicy policy;
    private final RecordStores stores;

    /** {@code stores}: where the names of the records' stores come from, as their types declare them. */
    Confirmations(RetentionPolicy policy, RecordStores stores) {
        this.policy = policy;
        this.stores = stores;
    }

    /**
     * {@code tasks}: the case's operator tasks; those still open are named in the event. {@code person}: the plan's,
     * opened ({@link PlanPerson}). {@code ground}: why she asked for restriction (a RESTRICTION case), null otherwise.
     */
    ErasureEvents.RecordsErased recordsErased(ErasurePlan plan, Person person, List<PlanItem> entries,
            List<OperatorTask> tasks, RestrictionGround ground) {
        boolean withdrawal = plan.requestType == RequestType.CONSENT_WITHDRAWAL;
        boolean objection = plan.requestType == RequestType.OBJECTION;
        List<ErasedRecord> erased = entries.stream()
                .filter(e -> e.execution() == Execution.ERASED)
                // a withdrawal erases consent-based data; the rest only when its storage period has ended; an
                // objection stops purposes, and erases a record whose only basis, a retention duty, keeps it no more
                .map(e -> e.toErasedRecord(withdrawal && !e.consentBased()
                        || objection && (e.reasonCode() == ReasonCode.NO_HOLD
                                || e.reasonCode() == ReasonCode.ERASED_AFTER_HOLD)))
                .toList();
        List<RestrictedRecord> restricted = restricted(entries);
        List<ErasureEvents.PlanItem> kept = entries.stream()
                .filter(e -> e.execution() == Execution.KEPT)
                .map(PlanItem::toEvent)
                .toList();
        List<ErasedRecord> mentionsRemoved = entries.stream()
                .filter(e -> e.execution() == Execution.REDACTED)
                .map(PlanItem::toRedactedRecord)
                .toList();
        return named(new ErasureEvents.RecordsErased(plan.caseId.toString(), plan.requestType, plan.language, erased,
                restricted, kept, continuing(plan, entries), List.of(), person, open(entries, tasks, entries),
                mentionsRemoved, ground));
    }

    /**
     * After a hold ended: the records erased now, those still restricted, and the operator tasks the erasures now
     * left that are still open ({@code tasks}: the case's).
     */
    ErasureEvents.RecordsErased erasedAfterHold(ErasurePlan plan, Person person, List<PlanItem> erasedNow,
            List<PlanItem> entries, List<OperatorTask> tasks) {
        // only an erasure request erases at her request (when the hold ends); otherwise no purpose is left for the
        // record (Art. 17(1)(a) GDPR): a restriction's end under 18(1)(c), or a period that ended while restricted,
        // and on a withdrawal or an objection a record kept on its own basis (or restricted) until its period ended
        boolean noPurposeLeft = plan.requestType != RequestType.ERASURE;
        List<ErasedRecord> erased = erasedNow.stream()
                .map(e -> e.toErasedRecord(noPurposeLeft))
                .toList();
        return named(new ErasureEvents.RecordsErased(plan.caseId.toString(), plan.requestType, plan.language, erased,
                stillRestricted(entries), List.of(), List.of(), List.of(), person, open(erasedNow, tasks, entries)));
    }

    /** The confirmation with the names of every store it names a record of. */
    private ErasureEvents.RecordsErased named(ErasureEvents.RecordsErased confirmation) {
        Set<String> named = new LinkedHashSet<>();
        confirmation.records().forEach(r -> named.add(r.store()));
        confirmation.restricted().forEach(r -> named.add(r.store()));
        confirmation.kept().forEach(k -> named.add(k.store()));
        confirmation.mentionsRemoved().forEach(r -> named.add(r.store()));
        named.remove(null);
        return confirmation.withStoreNames(stores.namesOf(named));
    }

    /** The open tasks of the items {@code of}, each named by its item's reference. */
    private static List<OpenOperatorTask> open(List<PlanItem> of, List<OperatorTask> tasks, List<PlanItem> entries) {
        Map<Long, String> references = new HashMap<>();
        entries.forEach(e -> references.put(e.id(), e.reference()));
        Set<Long> items = new HashSet<>();
        of.forEach(e -> items.add(e.id()));
        return tasks.stream().filter(OperatorTask::open).filter(task -> items.contains(task.itemId))
                .map(task -> task.toEvent(references.get(task.itemId)))
                .toList();
    }

    ErasureEvents.RecordsRestricted recordsRestricted(ErasurePlan plan, Person person, List<PlanItem> entries) {
        return new ErasureEvents.RecordsRestricted(plan.caseId.toString(), plan.language, restricted(entries),
                List.of(), person);
    }

    static List<RestrictedRecord> restricted(List<PlanItem> entries) {
        return entries.stream()
                .filter(e -> e.execution() == Execution.RESTRICTED)
                .map(PlanItem::toRestrictedRecord)
                .toList();
    }

    private static List<RestrictedRecord> stillRestricted(List<PlanItem> entries) {
        return entries.stream()
                .filter(e -> e.execution() == Execution.RESTRICTED)
                .map(PlanItem::toStillRestrictedRecord)
                .toList();
    }

    private List<ContinuingProcessing> continuing(ErasurePlan plan, List<PlanItem> entries) {
        if (plan.requestType != RequestType.CONSENT_WITHDRAWAL) {
            return List.of();
        }
        Set<ContinuingProcessing> continuing = new LinkedHashSet<>();
        for (PlanItem entry : entries) {
            if (entry.execution() == Execution.KEPT && !entry.consentBased() && entry.processingBasis() != null) {
                String purpose = policy.knows(entry.retentionCategory())
                        ? policy.rule(entry.retentionCategory()).description()
                        : entry.retentionCategory();
                // the category names the purpose, the bases say the basis: the notice words both in its language
                continuing.add(new ContinuingProcessing(purpose, entry.processingBasis(), entry.retentionCategory(),
                        entry.processingBases()));
            }
        }
        return new ArrayList<>(continuing);
    }
}

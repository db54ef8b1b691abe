package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.ContinuingProcessing;
import de.thwien.dsr.events.ErasureEvents.ErasedRecord;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents.RestrictedRecord;
import de.thwien.dsr.events.RequestType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the events the notifier writes the requester's confirmation from: what was erased,
 * what is restricted (basis, until when), what is kept and why, processing that continues, and
 * the Art. 19 recipients told about it.
 */
final class Confirmations {

    private final RetentionPolicy policy;
    private final ErasureConfig config;

    Confirmations(RetentionPolicy policy, ErasureConfig config) {
        this.policy = policy;
        this.config = config;
    }

    ErasureEvents.RecordsErased recordsErased(ErasurePlan plan, List<PlanItem> entries) {
        List<ErasedRecord> erased = entries.stream()
                .filter(e -> e.execution() == Execution.ERASED)
                .map(PlanItem::toErasedRecord)
                .toList();
        List<RestrictedRecord> restricted = restricted(entries);
        List<ErasureEvents.PlanItem> kept = entries.stream()
                .filter(e -> e.execution() == Execution.KEPT)
                .map(PlanItem::toEvent)
                .toList();
        return new ErasureEvents.RecordsErased(plan.caseId.toString(), plan.requestType, plan.language, erased,
                restricted, kept, continuing(plan, entries), recipients(entries), plan.person());
    }

    /** After a hold ended: the records erased now, and those still restricted. */
    ErasureEvents.RecordsErased erasedAfterHold(ErasurePlan plan, List<PlanItem> erasedNow, List<PlanItem> entries) {
        List<ErasedRecord> erased = erasedNow.stream()
                .map(PlanItem::toErasedRecord)
                .toList();
        return new ErasureEvents.RecordsErased(plan.caseId.toString(), plan.requestType, plan.language, erased,
                restricted(entries), List.of(), List.of(), recipients(erasedNow), plan.person());
    }

    ErasureEvents.RecordsRestricted recordsRestricted(ErasurePlan plan, List<PlanItem> entries) {
        return new ErasureEvents.RecordsRestricted(plan.caseId.toString(), plan.language, restricted(entries),
                recipients(entries.stream().filter(e -> e.execution() == Execution.RESTRICTED).toList()),
                plan.person());
    }

    static List<RestrictedRecord> restricted(List<PlanItem> entries) {
        return entries.stream()
                .filter(e -> e.execution() == Execution.RESTRICTED)
                .map(PlanItem::toRestrictedRecord)
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
                        ProcessingBasis.namedIn(entry.processingBasis())));
            }
        }
        return new ArrayList<>(continuing);
    }

    /** Recipients configured for the stores and categories of the records that were erased or restricted. */
    List<String> recipients(List<PlanItem> entries) {
        Set<String> recipients = new TreeSet<>();
        for (PlanItem entry : entries) {
            if (entry.execution() == Execution.ERASED || entry.execution() == Execution.RESTRICTED) {
                recipients.addAll(config.recipients().getOrDefault(entry.store(), List.of()));
                if (entry.retentionCategory() != null) {
                    recipients.addAll(config.recipients().getOrDefault(entry.retentionCategory(), List.of()));
                }
            }
        }
        return List.copyOf(recipients);
    }
}

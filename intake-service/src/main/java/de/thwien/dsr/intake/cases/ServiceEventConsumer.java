package de.thwien.dsr.intake.cases;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.platform.inbox.EventInbox;
import de.thwien.dsr.intake.cases.lifecycle.CaseTrigger;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Advances cases on what subject-index and erasure report. Timeline details are summaries (counts per
 * store, per action): findings themselves are personal data and stay with the services that own them.
 */
@ApplicationScoped
public class ServiceEventConsumer {

    private final EventInbox inbox;
    private final CaseWorkflow workflow;

    public ServiceEventConsumer(EventInbox inbox, CaseWorkflow workflow) {
        this.inbox = inbox;
        this.workflow = workflow;
    }

    @Incoming("discovery")
    public Uni<Void> onDiscoveryEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::apply);
    }

    @Incoming("erasure")
    public Uni<Void> onErasureEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::apply);
    }

    /** The producing service's name, from the CloudEvents source {@code /dsr/<service>}. */
    public static String actorOf(EventEnvelope envelope) {
        String source = envelope.source();
        return source.substring(source.lastIndexOf('/') + 1);
    }

    private Uni<Void> apply(EventEnvelope envelope) {
        String actor = actorOf(envelope);
        Function<CaseTrigger, Function<String, CaseWorkflow.Step>> step = trigger -> detail ->
                new CaseWorkflow.Step(trigger, kindOf(envelope), detail, actor, envelope.time(), envelope.id());
        EventData data = envelope.data();
        if (data instanceof DiscoveryEvents.SubjectLocated located) {
            return workflow.report(located.caseId(), step.apply(CaseTrigger.SUBJECT_LOCATED)
                    .apply(findingsSummary(located)));
        }
        if (data instanceof DiscoveryEvents.AccessPackageReady ready) {
            return workflow.report(ready.caseId(), step.apply(CaseTrigger.ACCESS_PACKAGE_READY)
                            .apply("Access package ready, link valid until " + ready.expiresAt()))
                    .call(() -> clearAttention(ready.caseId(), Attention.NAME_MATCH_REVIEW));
        }
        if (data instanceof DiscoveryEvents.PortabilityPackageReady ready) {
            return workflow.report(ready.caseId(), step.apply(CaseTrigger.PORTABILITY_PACKAGE_READY)
                    .apply("Portability export ready, link valid until " + ready.expiresAt()));
        }
        if (data instanceof DiscoveryEvents.NameMatchesAwaitingReview waiting) {
            return workflow.report(waiting.caseId(), step.apply(CaseTrigger.NOTE_ADDED)
                            .apply(waiting.matches() + " name matches await review before the access answer"))
                    .call(() -> raiseAttention(waiting.caseId(), Attention.NAME_MATCH_REVIEW, envelope.time()));
        }
        if (data instanceof DiscoveryEvents.StoresNotSearched notSearched) {
            return workflow.report(notSearched.caseId(), step.apply(CaseTrigger.NOTE_ADDED)
                            .apply("Stores not searched after " + notSearched.attempts() + " attempts: "
                                    + notSearched.storesNotSearched()))
                    .call(() -> {
                        UUID id = caseIdOf(notSearched.caseId());
                        return id == null ? Uni.createFrom().voidItem() : CaseAttention.raise(id,
                                Attention.STORES_NOT_SEARCHED, envelope.time(),
                                String.join(",", notSearched.storesNotSearched()));
                    });
        }
        if (data instanceof DiscoveryEvents.NameMatchDecided decided) {
            // the assistant decided, through the dashboard or the API: the timeline names her
            return workflow.report(decided.caseId(), new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED, kindOf(envelope),
                    "Name match in store " + decided.store() + ": " + decided.decision()
                            + (decided.reasonCode() == null ? "" : " (" + decided.reasonCode() + ")") + ", "
                            + decided.open() + " open", decided.decidedBy(), decided.decidedAt(), envelope.id()));
        }
        if (data instanceof ErasureEvents.ErasurePlanned planned) {
            boolean needsApproval = planned.items().stream().anyMatch(ErasureEvents.PlanItem::needsApproval);
            return workflow.report(planned.caseId(), step.apply(needsApproval
                    ? CaseTrigger.ERASURE_PLANNED_FOR_APPROVAL : CaseTrigger.ERASURE_PLANNED)
                    .apply(planSummary(planned.items())));
        }
        if (data instanceof ErasureEvents.RecordsRestricted restricted) {
            return workflow.report(restricted.caseId(), step.apply(CaseTrigger.RECORDS_RESTRICTED)
                    .apply(restricted.records().size() + " records restricted"));
        }
        if (data instanceof ErasureEvents.RecordsErased erased) {
            return workflow.report(erased.caseId(), step.apply(CaseTrigger.RECORDS_ERASED)
                    .apply(erased.records().size() + " records erased, " + erased.restricted().size()
                            + " restricted, " + erased.kept().size() + " kept"));
        }
        if (data instanceof ErasureEvents.RestrictionLifted lifted) {
            return workflow.report(lifted.caseId(), step.apply(CaseTrigger.NOTE_ADDED)
                    .apply("Restriction lifted in store " + lifted.store()));
        }
        // contacts are not cases
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> raiseAttention(String caseId, Attention reason, java.time.Instant at) {
        UUID id = caseIdOf(caseId);
        return id == null ? Uni.createFrom().voidItem() : CaseAttention.raise(id, reason, at);
    }

    private static Uni<Void> clearAttention(String caseId, Attention reason) {
        UUID id = caseIdOf(caseId);
        return id == null ? Uni.createFrom().voidItem() : CaseAttention.clear(id, reason).replaceWithVoid();
    }

    /** The case's id; null for an event that names no case (then there is nothing to mark). */
    private static UUID caseIdOf(String caseId) {
        try {
            return UUID.fromString(caseId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** SUBJECT_LOCATED, ERASURE_PLANNED, ... from the CloudEvents type. */
    private static String kindOf(EventEnvelope envelope) {
        String type = envelope.type().substring("de.thwien.dsr.".length());
        return type.substring(0, type.lastIndexOf('.')).replace('.', '_').replace('-', '_').toUpperCase();
    }

    static String findingsSummary(DiscoveryEvents.SubjectLocated located) {
        List<Finding> findings = located.personal() == null || located.personal().findings() == null
                ? List.of() : located.personal().findings();
        Map<String, Long> perStore = findings.stream()
                .collect(Collectors.groupingBy(Finding::store, TreeMap::new, Collectors.counting()));
        return findings.size() + " findings " + perStore + " in " + located.storesSearched()
                + (located.storesUnavailable().isEmpty() ? "" : "; unavailable: " + located.storesUnavailable());
    }

    static String planSummary(List<ErasureEvents.PlanItem> items) {
        Map<ErasureEvents.PlannedAction, Long> perAction = items.stream()
                .collect(Collectors.groupingBy(ErasureEvents.PlanItem::action, TreeMap::new, Collectors.counting()));
        long approvals = items.stream().filter(ErasureEvents.PlanItem::needsApproval).count();
        return "Erasure plan " + perAction + ", " + approvals + " need approval";
    }
}

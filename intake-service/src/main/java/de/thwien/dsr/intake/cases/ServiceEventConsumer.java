package de.thwien.dsr.intake.cases;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.RectificationEvents;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.platform.inbox.EventInbox;
import de.thwien.dsr.intake.cases.lifecycle.CaseTrigger;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
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
        EventData data = envelope.data();
        if (data instanceof DiscoveryEvents.SubjectLocated located) {
            return workflow.report(located.caseId(), step(envelope, actor, CaseTrigger.SUBJECT_LOCATED,
                    findingsSummary(located), findingsFacts(located)));
        }
        if (data instanceof DiscoveryEvents.AccessPackageReady ready) {
            return workflow.report(ready.caseId(), step(envelope, actor, CaseTrigger.ACCESS_PACKAGE_READY,
                            "Access package ready, link valid until " + ready.expiresAt(),
                            Map.of("validUntil", String.valueOf(ready.expiresAt()))))
                    .call(() -> clearAttention(ready.caseId(), Attention.NAME_MATCH_REVIEW));
        }
        if (data instanceof DiscoveryEvents.PortabilityPackageReady ready) {
            return workflow.report(ready.caseId(), step(envelope, actor, CaseTrigger.PORTABILITY_PACKAGE_READY,
                    "Portability export ready, link valid until " + ready.expiresAt(),
                    Map.of("validUntil", String.valueOf(ready.expiresAt()))));
        }
        if (data instanceof DiscoveryEvents.NameMatchesAwaitingReview waiting) {
            return workflow.report(waiting.caseId(), step(envelope, actor, CaseTrigger.NOTE_ADDED,
                            waiting.matches() + " name matches await review before the access answer",
                            Map.of("matches", String.valueOf(waiting.matches()))))
                    .call(() -> raiseAttention(waiting.caseId(), Attention.NAME_MATCH_REVIEW, envelope.time()));
        }
        if (data instanceof DiscoveryEvents.StoresNotSearched notSearched) {
            return workflow.report(notSearched.caseId(), step(envelope, actor, CaseTrigger.NOTE_ADDED,
                            "Stores not searched after " + notSearched.attempts() + " attempts: "
                                    + notSearched.storesNotSearched(),
                            Map.of("attempts", String.valueOf(notSearched.attempts()),
                                    "stores", String.join(",", notSearched.storesNotSearched()))))
                    .call(() -> {
                        UUID id = caseIdOf(notSearched.caseId());
                        return id == null ? Uni.createFrom().voidItem() : CaseAttention.raise(id,
                                Attention.STORES_NOT_SEARCHED, envelope.time(),
                                String.join(",", notSearched.storesNotSearched()));
                    });
        }
        if (data instanceof DiscoveryEvents.NameMatchDecided decided) {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("store", decided.store());
            facts.put("decision", decided.decision());
            facts.put("open", String.valueOf(decided.open()));
            if (decided.reasonCode() != null) {
                facts.put("variant", "withReason");
                facts.put("reasonCode", decided.reasonCode());
            }
            // the assistant decided, through the dashboard or the API: the timeline names her
            return workflow.report(decided.caseId(), new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED, kindOf(envelope),
                    "Name match in store " + decided.store() + ": " + decided.decision()
                            + (decided.reasonCode() == null ? "" : " (" + decided.reasonCode() + ")") + ", "
                            + decided.open() + " open", facts, decided.decidedBy(), decided.decidedAt(),
                    envelope.id()));
        }
        if (data instanceof ErasureEvents.ErasurePlanned planned) {
            boolean needsApproval = planned.items().stream().anyMatch(ErasureEvents.PlanItem::needsApproval);
            return workflow.report(planned.caseId(), step(envelope, actor, needsApproval
                    ? CaseTrigger.ERASURE_PLANNED_FOR_APPROVAL : CaseTrigger.ERASURE_PLANNED,
                    planSummary(planned.items()), planFacts(planned.items())));
        }
        if (data instanceof ErasureEvents.RecordsRestricted restricted) {
            return workflow.report(restricted.caseId(), step(envelope, actor, CaseTrigger.RECORDS_RESTRICTED,
                    restricted.records().size() + " records restricted",
                    Map.of("restricted", String.valueOf(restricted.records().size()))));
        }
        if (data instanceof ErasureEvents.RecordsErased erased) {
            Uni<Void> reported = workflow.report(erased.caseId(), step(envelope, actor, CaseTrigger.RECORDS_ERASED,
                    erased.records().size() + " records erased, " + erased.restricted().size()
                            + " restricted, " + erased.kept().size() + " kept"
                            + (erased.operatorTasks().isEmpty() ? ""
                                    : ", " + erased.operatorTasks().size() + " operator tasks open"),
                    erasedFacts(erased)));
            if (erased.restrictionGround() != null) {
                // a restriction's answer goes out with its ground: nothing waits for it any more
                reported = reported.call(() -> clearAttention(erased.caseId(), Attention.RESTRICTION_GROUND_MISSING));
            }
            return erased.operatorTasks().isEmpty() ? reported
                    : reported.call(() -> raiseAttention(erased.caseId(), Attention.OPERATOR_TASKS_OPEN,
                            envelope.time()));
        }
        if (data instanceof ErasureEvents.RestrictionLiftAnnounced announced) {
            // the assistant asked for the lift on the dashboard; her name is on erasure-service's audit trail
            return workflow.report(announced.caseId(), step(envelope, announced.requestedBy(), CaseTrigger.NOTE_ADDED,
                    "Lift of " + announced.records().size() + " restricted records announced to the requester",
                    Map.of("records", String.valueOf(announced.records().size()))));
        }
        if (data instanceof ErasureEvents.RestrictionLifted lifted && lifted.erased()) {
            // the restriction ended with the record: erased, not back in use
            return workflow.report(lifted.caseId(), new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED,
                    "RESTRICTED_RECORD_ERASED", "Restricted record erased in store " + lifted.store(),
                    Map.of("store", lifted.store()), actor, envelope.time(), envelope.id()));
        }
        if (data instanceof ErasureEvents.RestrictionLifted lifted) {
            return workflow.report(lifted.caseId(), step(envelope, actor, CaseTrigger.NOTE_ADDED,
                    "Restriction lifted in store " + lifted.store(), Map.of("store", lifted.store())));
        }
        if (data instanceof RectificationEvents.RecordsRectified rectified) {
            // the answer (its notice) moves the case on; the corrections with proof are erasure-service's audit
            Map<String, Long> counts = rectified.records().stream().collect(Collectors.groupingBy(
                    record -> record.outcome().name(), Collectors.counting()));
            long corrected = counts.getOrDefault("CORRECTED", 0L);
            long unchanged = counts.getOrDefault("NO_CHANGE_NEEDED", 0L);
            long notChangeable = counts.getOrDefault("CANNOT_BE_CHANGED", 0L);
            return workflow.report(rectified.caseId(), step(envelope, actor, CaseTrigger.NOTE_ADDED,
                    corrected + " records corrected with proof, " + unchanged + " unchanged, " + notChangeable
                            + " cannot be changed", Map.of("corrected", String.valueOf(corrected),
                            "unchanged", String.valueOf(unchanged), "notChangeable", String.valueOf(notChangeable))));
        }
        if (data instanceof ErasureEvents.RecordingsUnpublished unpublished) {
            // a consent withdrawal took effect at once: the case's state does not change
            return verifiedBefore(unpublished.caseId(), unpublished.unpublishedAt()).chain(verified ->
                    workflow.report(unpublished.caseId(), step(envelope, actor, CaseTrigger.NOTE_ADDED,
                            unpublishedDetail(unpublished, verified), unpublishedFacts(unpublished, verified))));
        }
        // contacts are not cases
        return Uni.createFrom().voidItem();
    }

    /**
     * Whether the requester's identity was confirmed before the instant: a withdrawal the assistant classified after
     * the confirmation unpublished her recordings then, not "before the confirmation".
     */
    private static Uni<Boolean> verifiedBefore(String caseId, java.time.Instant at) {
        UUID id = caseIdOf(caseId);
        if (id == null || at == null) {
            return Uni.createFrom().item(false);
        }
        return TimelineEntry.count("caseId = ?1 and kind = ?2 and occurredAt <= ?3", id, "IDENTITY_VERIFIED", at)
                .map(count -> count > 0);
    }

    /** The English detail: how many recordings were unpublished, or that none was published. */
    private static String unpublishedDetail(ErasureEvents.RecordingsUnpublished unpublished, boolean verified) {
        if (unpublished.recordIds().isEmpty()) {
            return "consent withdrawal: no published recording found in store " + unpublished.store();
        }
        return unpublished.recordIds().size() + " recordings unpublished in store " + unpublished.store()
                + (verified ? " after the identity was confirmed" : " before the identity was confirmed");
    }

    /**
     * The facts: store and count; variant {@code none} when no recording was published (nothing was unpublished),
     * {@code afterVerification} when it happened after her identity was confirmed.
     */
    private static Map<String, String> unpublishedFacts(ErasureEvents.RecordingsUnpublished unpublished,
            boolean verified) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("store", unpublished.store());
        facts.put("unpublished", String.valueOf(unpublished.recordIds().size()));
        if (unpublished.recordIds().isEmpty()) {
            facts.put("variant", "none");
        } else if (verified) {
            facts.put("variant", "afterVerification");
        }
        return facts;
    }

    /** A step a service reported: the event's kind, time and id, the English detail and its facts by name. */
    /**
     * The erasure's facts for the timeline: the counts, and the third parties' records from which only her mention
     * was removed (how many, in which stores) when there are any.
     */
    static Map<String, String> erasedFacts(ErasureEvents.RecordsErased erased) {
        Map<String, String> facts = new LinkedHashMap<>(Map.of("erased", String.valueOf(erased.records().size()),
                "restricted", String.valueOf(erased.restricted().size()),
                "kept", String.valueOf(erased.kept().size())));
        if (!erased.mentionsRemoved().isEmpty()) {
            facts.put("mentionsRemoved", String.valueOf(erased.mentionsRemoved().size()));
            facts.put("mentionStores", erased.mentionsRemoved().stream().map(ErasureEvents.ErasedRecord::store)
                    .distinct().collect(Collectors.joining(",")));
            facts.put("also", "mentionsRemoved");
        }
        return Map.copyOf(facts);
    }

    private static CaseWorkflow.Step step(EventEnvelope envelope, String actor, CaseTrigger trigger, String detail,
            Map<String, String> facts) {
        return new CaseWorkflow.Step(trigger, kindOf(envelope), detail, facts, actor, envelope.time(), envelope.id());
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

    /** The findings' counts per store and the stores searched and unavailable, as ids (no finding itself). */
    static Map<String, String> findingsFacts(DiscoveryEvents.SubjectLocated located) {
        List<Finding> findings = located.personal() == null || located.personal().findings() == null
                ? List.of() : located.personal().findings();
        Map<String, Long> perStore = findings.stream()
                .collect(Collectors.groupingBy(Finding::store, TreeMap::new, Collectors.counting()));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("findings", String.valueOf(findings.size()));
        facts.put("perStore", counts(perStore));
        facts.put("stores", String.join(",", located.storesSearched()));
        if (!located.storesUnavailable().isEmpty()) {
            facts.put("variant", "someUnavailable");
            facts.put("unavailable", String.join(",", located.storesUnavailable()));
        }
        return facts;
    }

    /** The plan's items per action and how many need approval. */
    static Map<String, String> planFacts(List<ErasureEvents.PlanItem> items) {
        Map<ErasureEvents.PlannedAction, Long> perAction = items.stream()
                .collect(Collectors.groupingBy(ErasureEvents.PlanItem::action, TreeMap::new, Collectors.counting()));
        return Map.of("perAction", counts(perAction),
                "approvals", String.valueOf(items.stream().filter(ErasureEvents.PlanItem::needsApproval).count()));
    }

    /** "crm=2,mail=1": counts by id or code, as {@code TimelineWording} reads them. */
    private static String counts(Map<?, Long> perKey) {
        return perKey.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(","));
    }

    static String planSummary(List<ErasureEvents.PlanItem> items) {
        Map<ErasureEvents.PlannedAction, Long> perAction = items.stream()
                .collect(Collectors.groupingBy(ErasureEvents.PlanItem::action, TreeMap::new, Collectors.counting()));
        long approvals = items.stream().filter(ErasureEvents.PlanItem::needsApproval).count();
        return "Erasure plan " + perAction + ", " + approvals + " need approval";
    }
}

package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.retention.RetentionPolicy;
import de.thwien.dsr.events.DiscoveryEvents.SubjectLocated;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Makes the erasure plan of an ERASURE or CONSENT_WITHDRAWAL case from {@code subject.located},
 * persists it and announces it as {@code erasure.planned}, in the transaction of the inbox.
 */
@ApplicationScoped
public class ErasurePlanning {

    private static final Logger LOG = Logger.getLogger(ErasurePlanning.class);

    private final ErasurePlanner planner;
    private final Outbox outbox;
    private final Clock clock;
    private final PlanCompletion completion;

    public ErasurePlanning(RetentionPolicy policy, ErasureConfig config, Outbox outbox, Clock clock,
            PlanCompletion completion) {
        this.planner = new ErasurePlanner(policy, config.consentBasedCategories());
        this.outbox = outbox;
        this.clock = clock;
        this.completion = completion;
    }

    public ErasurePlanner planner() {
        return planner;
    }

    public Uni<Void> onSubjectLocated(SubjectLocated located) {
        if (located.requestType() != RequestType.ERASURE && located.requestType() != RequestType.CONSENT_WITHDRAWAL) {
            return Uni.createFrom().voidItem();
        }
        UUID caseId = UUID.fromString(located.caseId());
        return ErasurePlan.<ErasurePlan>findById(caseId).chain(existing -> {
            if (existing != null) {
                LOG.infof("case %s already has an erasure plan; a second subject.located does not replace it", caseId);
                return Uni.createFrom().voidItem();
            }
            return persistPlan(caseId, located);
        });
    }

    private Uni<Void> persistPlan(UUID caseId, SubjectLocated located) {
        Instant now = clock.instant();
        List<Finding> findings = located.personal() == null || located.personal().findings() == null
                ? List.of() : located.personal().findings();
        List<String> unavailable = located.storesUnavailable() == null ? List.of() : located.storesUnavailable();
        List<ProposedItem> proposed = planner.plan(located.requestType(), findings, unavailable,
                LocalDate.ofInstant(now, clock.getZone()));

        ErasurePlan plan = new ErasurePlan();
        plan.caseId = caseId;
        plan.requestType = located.requestType();
        plan.language = located.language() == null ? "de" : located.language();
        if (located.personal() != null && located.personal().person() != null) {
            plan.personEmail = located.personal().person().email();
            plan.personName = located.personal().person().name();
        }
        plan.status = ErasurePlan.Status.OPEN;
        plan.plannedAt = now;
        List<PlanEntry> entries = new ArrayList<>();
        for (ProposedItem item : proposed) {
            entries.add(PlanEntry.from(caseId, item, now));
        }
        LOG.infof("erasure plan for case %s: %d items", caseId, entries.size());
        return plan.persist()
                .chain(() -> entries.isEmpty() ? Uni.createFrom().voidItem() : PlanEntry.persist(entries))
                .chain(() -> AuditEntry.record(caseId, null, AuditEntry.SYSTEM, "PLANNED",
                        entries.size() + " items planned for " + located.requestType(), now))
                .chain(() -> outbox.append(new ErasureEvents.ErasurePlanned(located.caseId(),
                        entries.stream().map(PlanEntry::toEvent).toList())))
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .chain(() -> completion.completeIfSettled(caseId));
    }
}

package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.erasure.plans.AuditEntry;
import de.thwien.dsr.erasure.plans.LocatedSubjectListener;
import de.thwien.dsr.events.DiscoveryEvents.SubjectLocated;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Makes the rectification plan of a RECTIFICATION case from {@code subject.located}: one item per located record,
 * for the assistant to decide on the dashboard. Runs in the inbox's transaction. Located again (a store answered that
 * was unavailable), the records not planned yet are added; the ones planned stay as they are.
 */
@ApplicationScoped
public class RectificationPlanning implements LocatedSubjectListener {

    private static final Logger LOG = Logger.getLogger(RectificationPlanning.class);

    private final SealedCaseText sealed;
    private final Clock clock;

    public RectificationPlanning(SealedCaseText sealed, Clock clock) {
        this.sealed = sealed;
        this.clock = clock;
    }

    @Override
    public Uni<Void> onSubjectLocated(SubjectLocated located) {
        if (located.requestType() != RequestType.RECTIFICATION) {
            return Uni.createFrom().voidItem();
        }
        UUID caseId = UUID.fromString(located.caseId());
        List<Finding> findings = located.personal() == null || located.personal().findings() == null
                ? List.of() : located.personal().findings();
        Instant now = clock.instant();
        return RectificationPlan.<RectificationPlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(existing -> sealed.forSealing(caseId).chain(cipher -> {
                    Uni<Void> planned = Uni.createFrom().voidItem();
                    if (existing == null) {
                        RectificationPlan plan = new RectificationPlan();
                        plan.caseId = caseId;
                        plan.language = located.language() == null ? "de" : located.language();
                        plan.status = RectificationPlan.Status.OPEN;
                        plan.plannedAt = now;
                        Person person = located.personal() == null ? null : located.personal().person();
                        if (person != null && !cipher.shredded()) {
                            plan.personEmail = cipher.seal(PERSON_EMAIL, person.email());
                            plan.personName = cipher.seal(PERSON_NAME, person.name());
                        }
                        planned = plan.persist().replaceWithVoid();
                    }
                    return planned.chain(() -> RectificationItem.ofCase(caseId)).chain(items -> {
                        Set<String> known = new HashSet<>();
                        items.forEach(item -> known.add(item.store + "|" + item.reference));
                        List<RectificationItem> fresh = findings.stream()
                                .filter(finding -> known.add(finding.store() + "|" + finding.reference()))
                                .map(finding -> RectificationItem.located(caseId, finding,
                                        cipher.shredded() ? null : cipher.seal(SealedCaseText.field("summary",
                                                finding.store(), finding.reference()), finding.summary())))
                                .toList();
                        LOG.infof("rectification plan of case %s: %d records added", caseId, fresh.size());
                        return (fresh.isEmpty() ? Uni.createFrom().voidItem()
                                : Panache.getSession().chain(session -> session.persistAll(fresh.toArray())))
                                .chain(() -> AuditEntry.record(caseId, null, AuditEntry.SYSTEM, "RECTIFICATION_PLANNED",
                                        fresh.size() + " located records to check", now))
                                .replaceWithVoid();
                    });
                }));
    }

    static final String PERSON_EMAIL = "rectification.person_email";
    static final String PERSON_NAME = "rectification.person_name";
}

package de.thwien.dsr.intake.cases;

import de.thwien.dsr.intake.cases.lifecycle.CaseStateMachine;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.cases.lifecycle.CaseTrigger;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Moves cases through {@link CaseStateMachine} and writes the timeline entry of each step. Callers run
 * inside the transaction that also appends the step's outgoing event.
 */
@ApplicationScoped
public class CaseWorkflow {

    private static final Logger LOG = Logger.getLogger(CaseWorkflow.class);

    private final AnswerTimes answerTimes;

    public CaseWorkflow(AnswerTimes answerTimes) {
        this.answerTimes = answerTimes;
    }

    /**
     * One step of a case: what happened (the English {@code detail} and its facts by name, {@code params}, which the
     * dashboard words in its language), by whom, when, and the event that records it (if any).
     */
    public record Step(CaseTrigger trigger, String kind, String detail, Map<String, String> params, String actor,
            Instant at, UUID eventId) {

        /** The step's facts with one more. */
        Map<String, String> paramsWith(String name, String value) {
            Map<String, String> all = new LinkedHashMap<>(params);
            all.put(name, value);
            return all;
        }
    }

    /**
     * An assistant's (or requester's) action: refused ({@link ActionNotAllowed}) if the case's status does
     * not allow it, {@link CaseNotFound} if there is no such case.
     */
    public Uni<DsrCase> act(UUID caseId, Step step) {
        return load(caseId).chain(dsrCase -> {
            require(dsrCase, step.trigger());
            return advance(dsrCase, step);
        });
    }

    /**
     * The case, locked for a change until the transaction ends, or {@link CaseNotFound}. Every writer of a case
     * takes this lock, so an assistant's action and an event about the same case that arrive at the same
     * moment run one after the other instead of failing on the row's version.
     */
    public Uni<DsrCase> load(UUID caseId) {
        return locked(caseId).onItem().ifNull().failWith(CaseNotFound::new);
    }

    /** The case as it is, for reading only, or {@link CaseNotFound}. */
    public Uni<DsrCase> read(UUID caseId) {
        return DsrCase.<DsrCase>findById(caseId)
                .onItem().ifNull().failWith(CaseNotFound::new);
    }

    /** The case locked for a change (see {@link #load}), or null if there is none. */
    public static Uni<DsrCase> locked(UUID caseId) {
        return DsrCase.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Refuses ({@link ActionNotAllowed}) what the case's status does not allow. */
    public static void require(DsrCase dsrCase, CaseTrigger trigger) {
        if (!CaseStateMachine.allows(dsrCase.status, trigger)) {
            throw new ActionNotAllowed("A case in status " + dsrCase.status + " does not allow " + trigger + ".");
        }
    }

    /**
     * A fact reported by another service. It is always recorded; the status only moves where the table
     * allows it, because events of different topics may arrive in any order. Unknown cases are skipped.
     */
    public Uni<Void> report(String caseId, Step step) {
        UUID id;
        try {
            id = UUID.fromString(caseId);
        } catch (IllegalArgumentException e) {
            LOG.debugf("event %s is not about a case, skipped", step.eventId());
            return Uni.createFrom().voidItem();
        }
        return locked(id).chain(dsrCase -> {
            if (dsrCase == null) {
                LOG.warnf("event %s (%s) names unknown case %s, skipped", step.eventId(), step.kind(), caseId);
                return Uni.createFrom().voidItem();
            }
            if (CaseStateMachine.allows(dsrCase.status, step.trigger())) {
                return advance(dsrCase, step).replaceWithVoid();
            }
            LOG.infof("case %s: %s recorded, status %s kept", dsrCase.id, step.trigger(), dsrCase.status);
            return TimelineEntry.of(dsrCase.id, step.at(), step.kind(),
                    step.detail() + " (status " + dsrCase.status + " kept)",
                    step.paramsWith("statusKept", dsrCase.status.name()),
                    step.eventId(), step.actor())
                    .persist().replaceWithVoid();
        });
    }

    /**
     * Applies an allowed step: the new status and its timeline entry. A case leaving VERIFICATION_EXPIRED (verified,
     * a new link, rejected, closed) no longer waits for the assistant as {@link Attention#UNVERIFIED}.
     */
    public Uni<DsrCase> advance(DsrCase dsrCase, Step step) {
        CaseStatus from = dsrCase.status;
        CaseStatus to = CaseStateMachine.next(from, step.trigger())
                .orElseThrow(() -> new ActionNotAllowed("A case in status " + from + " does not allow " + step.trigger()
                        + "."));
        dsrCase.status = to;
        String detail = from == to ? step.detail() : step.detail() + "; status " + from + " -> " + to;
        Map<String, String> params = new LinkedHashMap<>(step.params());
        if (from != to) {
            params.put("statusFrom", from.name());
            params.put("statusTo", to.name());
        }
        Uni<Boolean> dealtWith = from == CaseStatus.VERIFICATION_EXPIRED && to != from
                ? CaseAttention.clear(dsrCase.id, Attention.UNVERIFIED) : Uni.createFrom().item(false);
        return dealtWith.chain(() -> TimelineEntry.of(dsrCase.id, step.at(), step.kind(), detail, params,
                        step.eventId(), step.actor()).persist())
                .invoke(() -> {
                    if (from != to) {
                        LOG.infof("case %s: %s -> %s on %s", dsrCase.id, from, to, step.trigger());
                    }
                    if (from != to && to == CaseStatus.RESPONDED) {
                        answerTimes.answered(dsrCase.requestType, dsrCase.receivedAt, step.at());
                    }
                })
                .replaceWith(dsrCase);
    }
}

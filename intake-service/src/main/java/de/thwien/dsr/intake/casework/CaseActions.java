package de.thwien.dsr.intake.casework;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.intake.cases.ActionNotAllowed;
import de.thwien.dsr.intake.cases.Attention;
import de.thwien.dsr.intake.cases.CaseAttention;
import de.thwien.dsr.intake.cases.CasePersonalData;
import de.thwien.dsr.intake.cases.CaseWorkflow;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.lifecycle.CaseTrigger;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The assistant's actions on a case: each checked against the state machine, audited, announced. */
@ApplicationScoped
public class CaseActions {

    private final CaseWorkflow workflow;
    private final Outbox outbox;
    private final Clock clock;
    private final CasePersonalData personalData;

    public CaseActions(CaseWorkflow workflow, Outbox outbox, Clock clock, CasePersonalData personalData) {
        this.workflow = workflow;
        this.outbox = outbox;
        this.clock = clock;
        this.personalData = personalData;
    }

    /** Art. 12(3): two more months, with reasons, only before the first due date has passed. */
    @WithTransaction
    public Uni<DsrCase> extend(UUID caseId, String reasons, String assistant) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(DeadlineCalculator.BERLIN).toLocalDate();
        return workflow.load(caseId).chain(dsrCase -> {
            CaseWorkflow.require(dsrCase, CaseTrigger.DEADLINE_EXTENDED);
            if (dsrCase.extended) {
                throw new ActionNotAllowed("The deadline of this case has already been extended.");
            }
            if (today.isAfter(dsrCase.dueOn)) {
                throw new ActionNotAllowed("The period ended on " + dsrCase.dueOn
                        + "; an extension must be told to the requester before that.");
            }
            dsrCase.extended = true;
            dsrCase.currentDueOn = dsrCase.extendedDueOn;
            return personalData.open(dsrCase).chain(requester -> outbox.append(new CaseEvents.DeadlineExtended(
                            dsrCase.id.toString(), dsrCase.language, dsrCase.dueOn, dsrCase.extendedDueOn, reasons,
                            requester.person())))
                    .chain(envelope -> workflow.advance(dsrCase, new CaseWorkflow.Step(CaseTrigger.DEADLINE_EXTENDED,
                            "DEADLINE_EXTENDED", "Deadline extended from " + dsrCase.dueOn + " to "
                                    + dsrCase.extendedDueOn + ": " + reasons, assistant, now, envelope.id())));
        });
    }

    /** Art. 12(4)/(5): not acting on the request, with a reason code and the assistant's text. */
    @WithTransaction
    public Uni<DsrCase> reject(UUID caseId, CaseEvents.RejectionReason reasonCode, String reasons, String assistant) {
        Instant now = clock.instant();
        return workflow.load(caseId).chain(dsrCase -> {
            CaseWorkflow.require(dsrCase, CaseTrigger.REJECTED);
            return personalData.open(dsrCase).chain(requester -> outbox.append(new CaseEvents.RequestRejected(
                            dsrCase.id.toString(), dsrCase.language, reasonCode, reasons, requester.person())))
                    .chain(envelope -> workflow.advance(dsrCase, new CaseWorkflow.Step(CaseTrigger.REJECTED,
                            "REQUEST_REJECTED", reasonCode + ": " + reasons, assistant, now, envelope.id())));
        });
    }

    @WithTransaction
    public Uni<DsrCase> addNote(UUID caseId, String note, String assistant) {
        return workflow.act(caseId, new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED, "NOTE", note, assistant,
                clock.instant(), null));
    }

    /**
     * The requester is reached another way (mail does not reach her): recorded on the timeline with the assistant's
     * note, and the failed delivery counts as dealt with.
     */
    @WithTransaction
    public Uni<DsrCase> recordOtherChannel(UUID caseId, ContactChannel channel, String note, String assistant) {
        return workflow.act(caseId, new CaseWorkflow.Step(CaseTrigger.OTHER_CHANNEL_RECORDED, "OTHER_CHANNEL",
                        "Requester to be reached by " + channel + ": " + note, assistant, clock.instant(), null))
                .call(() -> CaseAttention.clear(caseId, Attention.DELIVERY_FAILED));
    }

    @WithTransaction
    public Uni<DsrCase> close(UUID caseId, String note, String assistant) {
        Instant now = clock.instant();
        return workflow.load(caseId).chain(dsrCase -> {
            CaseWorkflow.require(dsrCase, CaseTrigger.CLOSED);
            String outcome = dsrCase.status.name();
            return outbox.append(new CaseEvents.CaseClosed(dsrCase.id.toString(), outcome, now))
                    .chain(envelope -> workflow.advance(dsrCase, new CaseWorkflow.Step(CaseTrigger.CLOSED,
                            "CASE_CLOSED", "Closed as " + outcome + (note == null || note.isBlank() ? "" : ": " + note),
                            assistant, now, envelope.id())));
        });
    }
}

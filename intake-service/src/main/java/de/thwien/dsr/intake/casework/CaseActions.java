package de.thwien.dsr.intake.casework;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.platform.problem.RefusesUnknownFields;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.intake.cases.Attention;
import de.thwien.dsr.intake.cases.CaseAttention;
import de.thwien.dsr.intake.cases.CasePersonalData;
import de.thwien.dsr.intake.cases.CaseWorkflow;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.TimelineEntry;
import de.thwien.dsr.intake.cases.lifecycle.CaseTrigger;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.intake.requests.GroundOnlyWithRestriction;
import de.thwien.dsr.intake.requests.GroundedRequest;
import de.thwien.dsr.intake.requests.KindOfRequest;
import de.thwien.dsr.intake.requests.RegisteredRequest;
import de.thwien.dsr.intake.requests.RequestAccepted;
import de.thwien.dsr.intake.requests.RequestRegistration;
import de.thwien.dsr.intake.verification.IdentityVerifications;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The assistant's actions on a case: each checked against the state machine, audited, announced. The case API and
 * the dashboard both act through here, with the same checks of what she enters (a refusal is a failed {@link Uni}:
 * a {@link jakarta.validation.ConstraintViolationException} or a {@link de.thwien.dsr.platform.problem.Refusal}).
 */
@ApplicationScoped
public class CaseActions {

    /** Free text may span lines but not contain NUL (PostgreSQL cannot store it). */
    static final String NO_NUL = "[^\\x00]*";

    public record Note(@NotBlank(message = "{dsr.case.noteRequired}") @Size(max = 2000)
            @Pattern(regexp = NO_NUL, message = "{dsr.case.noNul}") String note) {
    }

    public record Extension(@NotBlank(message = "{dsr.case.extensionReasonsRequired}") @Size(max = 2000)
            @Pattern(regexp = NO_NUL, message = "{dsr.case.noNul}") String reasons) {
    }

    /**
     * Not acting on the request. {@code lateConfirmed}: the assistant knows the Art. 12(4) month has passed and
     * refuses all the same (recorded on the timeline); without it a late refusal is refused.
     */
    public record Rejection(@NotNull(message = "{dsr.case.reasonCodeRequired}") CaseEvents.RejectionReason reasonCode,
            @NotBlank(message = "{dsr.case.reasonsRequired}") @Size(max = 2000)
            @Pattern(regexp = NO_NUL, message = "{dsr.case.noNul}") String reasons,
            Boolean lateConfirmed) {

        public Rejection(CaseEvents.RejectionReason reasonCode, String reasons) {
            this(reasonCode, reasons, false);
        }

        boolean late() {
            return Boolean.TRUE.equals(lateConfirmed);
        }
    }

    public record OtherChannel(@NotNull(message = "{dsr.case.channelRequired}") ContactChannel channel,
            @NotBlank(message = "{dsr.case.noteRequired}") @Size(max = 2000)
            @Pattern(regexp = NO_NUL, message = "{dsr.case.noNul}") String note) {
    }

    public record Closure(@Size(max = 2000)
            @Pattern(regexp = NO_NUL, message = "{dsr.case.noNul}") String note) {
    }

    /**
     * The kind of request the assistant read in a request the software could not assign; {@code restrictionGround}
     * only with a restriction (Art. 18(1)), null when the request names none.
     */
    @GroundOnlyWithRestriction(message = "{dsr.case.groundOnlyWithRestriction}")
    @RefusesUnknownFields
    public record Classification(
            @NotNull(message = "{dsr.case.typeRequired}") @KindOfRequest(message = "{dsr.case.kindOfRequest}")
            RequestType type,
            RestrictionGround restrictionGround) implements GroundedRequest {
    }

    private final CaseWorkflow workflow;
    private final Outbox outbox;
    private final Clock clock;
    private final CasePersonalData personalData;
    private final IdentityVerifications verifications;
    private final RequestRegistration registration;

    public CaseActions(CaseWorkflow workflow, Outbox outbox, Clock clock, CasePersonalData personalData,
            IdentityVerifications verifications, RequestRegistration registration) {
        this.workflow = workflow;
        this.outbox = outbox;
        this.clock = clock;
        this.personalData = personalData;
        this.verifications = verifications;
        this.registration = registration;
    }

    /** Opens the case of a request that came by letter, phone, fax, in person or to another address. */
    @WithSession
    public Uni<RequestAccepted> register(@NotNull @Valid RegisteredRequest request, String assistant) {
        return registration.register(request, assistant);
    }

    /** The requester's identity verified by the assistant, with her note saying how. */
    @WithSession
    public Uni<DsrCase> verifyManually(UUID caseId, @NotNull @Valid Note note, String assistant) {
        return verifications.verifyManually(caseId, note.note(), assistant);
    }

    /** A new verification link to the requester; earlier links stop working. */
    public Uni<DsrCase> renewVerificationLink(UUID caseId, String assistant) {
        return verifications.renewLink(caseId, assistant);
    }

    /**
     * Art. 12(3): two more months, with reasons, once, only before the first due date has passed and while the answer
     * has not gone out ({@link DeadlineExtensionRule}).
     */
    @WithTransaction
    public Uni<DsrCase> extend(UUID caseId, @NotNull @Valid Extension extension, String assistant) {
        String reasons = extension.reasons();
        Instant now = clock.instant();
        LocalDate today = now.atZone(DeadlineCalculator.BERLIN).toLocalDate();
        return workflow.load(caseId).chain(dsrCase -> TimelineEntry.count("caseId = ?1 and kind in ?2", caseId,
                List.copyOf(DeadlineExtensionRule.ANSWER_GOES_OUT_AFTER)).map(found -> {
            DeadlineExtensionRule.refusal(dsrCase.status, dsrCase.extended, dsrCase.dueOn,
                    today.isAfter(dsrCase.dueOn), found > 0)
                    .ifPresent(refusal -> {
                        throw refusal;
                    });
            return dsrCase;
        })).chain(dsrCase -> {
            dsrCase.extended = true;
            dsrCase.currentDueOn = dsrCase.extendedDueOn;
            return personalData.open(dsrCase).chain(requester -> outbox.append(new CaseEvents.DeadlineExtended(
                            dsrCase.id.toString(), dsrCase.language, dsrCase.dueOn, dsrCase.extendedDueOn, reasons,
                            requester.person())))
                    .chain(envelope -> workflow.advance(dsrCase, new CaseWorkflow.Step(CaseTrigger.DEADLINE_EXTENDED,
                            "DEADLINE_EXTENDED", "Deadline extended from " + dsrCase.dueOn + " to "
                                    + dsrCase.extendedDueOn + ": " + reasons,
                            Map.of("fromOn", dsrCase.dueOn.toString(), "toOn", dsrCase.extendedDueOn.toString(),
                                    "reasons", reasons), assistant, now, envelope.id())));
        });
    }

    /**
     * Art. 12(4)/(5): not acting on the request, with a reason code and the assistant's text. Art. 12(4) wants the
     * refusal told within one month of receipt (the extension does not prolong it): after the first due date it is
     * refused unless the assistant confirms she knows it is late, which the timeline then records.
     */
    @WithTransaction
    public Uni<DsrCase> reject(UUID caseId, @NotNull @Valid Rejection rejection, String assistant) {
        CaseEvents.RejectionReason reasonCode = rejection.reasonCode();
        String reasons = rejection.reasons();
        Instant now = clock.instant();
        LocalDate today = now.atZone(DeadlineCalculator.BERLIN).toLocalDate();
        return workflow.load(caseId).chain(dsrCase -> {
            CaseWorkflow.require(dsrCase, CaseTrigger.REJECTED);
            boolean late = today.isAfter(dsrCase.dueOn);
            if (late && !rejection.late()) {
                throw new LateRefusal(dsrCase.dueOn);
            }
            Uni<Void> identityCheck = reasonCode == CaseEvents.RejectionReason.IDENTITY_NOT_CONFIRMED
                    ? verifications.requireUnconfirmable(dsrCase, today) : Uni.createFrom().voidItem();
            String detail = reasonCode + ": " + reasons + (late ? " (refused after the Art. 12(4) month, which ended on "
                    + dsrCase.dueOn + "; the assistant confirmed she knows it is late)" : "");
            return identityCheck.chain(() -> personalData.open(dsrCase)).chain(requester -> outbox.append(
                            new CaseEvents.RequestRejected(dsrCase.id.toString(), dsrCase.language, reasonCode,
                                    reasons, late ? dsrCase.dueOn : null, requester.person())))
                    .chain(envelope -> workflow.advance(dsrCase, new CaseWorkflow.Step(CaseTrigger.REJECTED,
                            "REQUEST_REJECTED", detail, late
                                    ? Map.of("variant", "late", "reasonCode", reasonCode.name(), "reasons", reasons,
                                            "monthEndedOn", dsrCase.dueOn.toString())
                                    : Map.of("reasonCode", reasonCode.name(), "reasons", reasons),
                            assistant, now, envelope.id())));
        });
    }

    /**
     * Sets the kind of a request the software could not assign (UNCLASSIFIED), once, while the case is open
     * ({@link ClassificationRule}). Receipt and due dates stay: Art. 12(3) runs from receipt. request.classified tells
     * the other services (the notifier tells the requester how her letter is treated); a restriction without a ground
     * waits for it as any other; if her identity was confirmed already, identity.verified follows with the new kind,
     * so that her data is searched and the request carried out.
     */
    @WithTransaction
    public Uni<DsrCase> classify(UUID caseId, @NotNull @Valid Classification classification, String assistant) {
        RequestType type = classification.type();
        RestrictionGround ground = type == RequestType.RESTRICTION ? classification.restrictionGround() : null;
        Instant now = clock.instant();
        return workflow.load(caseId).chain(dsrCase -> {
            ClassificationRule.refusal(dsrCase.status, dsrCase.requestType).ifPresent(refusal -> {
                throw refusal;
            });
            dsrCase.requestType = type;
            return personalData.open(dsrCase).chain(requester -> outbox.append(new CaseEvents.RequestClassified(
                            dsrCase.id.toString(), type, ground, dsrCase.language, dsrCase.receivedOn,
                            dsrCase.currentDueOn, now, requester.person())))
                    .chain(classified -> verifications.goOnClassified(dsrCase).chain(goesOn -> {
                        Map<String, String> facts = new LinkedHashMap<>();
                        facts.put("requestType", type.name());
                        facts.put("dueOn", dsrCase.currentDueOn.toString());
                        List<String> also = new ArrayList<>();
                        if (ground != null) {
                            facts.put("restrictionGround", ground.name());
                            also.add("restrictionGround");
                        }
                        if (goesOn) {
                            also.add("searchStarts");
                        }
                        if (!also.isEmpty()) {
                            facts.put("also", String.join(",", also));
                        }
                        return workflow.advance(dsrCase, new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED,
                                "REQUEST_CLASSIFIED", "Kind of request set to " + type
                                        + (ground == null ? ""
                                                : " (ground of Art. 18(1)(" + ground.letter() + ") GDPR)")
                                        + "; still due on " + dsrCase.currentDueOn
                                        + (goesOn ? "; identity confirmed before: the search for her data starts"
                                                : ""),
                                facts, assistant, now, classified.id()));
                    }))
                    .call(() -> type == RequestType.RESTRICTION && ground == null
                            ? CaseAttention.raise(caseId, Attention.RESTRICTION_GROUND_MISSING, now)
                            : Uni.createFrom().voidItem());
        });
    }

    @WithTransaction
    public Uni<DsrCase> addNote(UUID caseId, @NotNull @Valid Note note, String assistant) {
        return workflow.act(caseId, new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED, "NOTE", note.note(),
                Map.of("note", note.note()), assistant,
                clock.instant(), null));
    }

    /**
     * The requester is reached another way (mail does not reach her): recorded on the timeline with the assistant's
     * note, and the failed delivery counts as dealt with.
     */
    @WithTransaction
    public Uni<DsrCase> recordOtherChannel(UUID caseId, @NotNull @Valid OtherChannel otherChannel, String assistant) {
        return workflow.act(caseId, new CaseWorkflow.Step(CaseTrigger.OTHER_CHANNEL_RECORDED, "OTHER_CHANNEL",
                        "Requester to be reached by " + otherChannel.channel() + ": " + otherChannel.note(),
                        Map.of("contactChannel", otherChannel.channel().name(), "note", otherChannel.note()), assistant,
                        clock.instant(), null))
                .call(() -> CaseAttention.clear(caseId, Attention.DELIVERY_FAILED));
    }

    /**
     * The assistant has dealt with the stores subject-index could not search (searched them by hand, or told the
     * requester): the flag goes, the timeline names her.
     */
    @WithTransaction
    public Uni<DsrCase> storesNotSearchedHandled(UUID caseId, String assistant) {
        return workflow.act(caseId, new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED, "STORES_NOT_SEARCHED_HANDLED",
                        "Stores not searched: handled", Map.of(), assistant, clock.instant(), null))
                .call(() -> CaseAttention.clear(caseId, Attention.STORES_NOT_SEARCHED));
    }

    /**
     * The assistant confirms the operator did a task on a store's server (erasure-service recorded it): the timeline
     * names her and the task, and the flag goes when none of the case's tasks is open any more.
     */
    @WithTransaction
    public Uni<DsrCase> operatorTaskDone(UUID caseId, String kind, String store, long stillOpen, String assistant) {
        return workflow.act(caseId, new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED, "OPERATOR_TASK_DONE",
                        "Operator task done: " + kind + " on " + store + ", " + stillOpen + " still open",
                        Map.of("operatorTask", kind, "store", store, "stillOpen", String.valueOf(stillOpen)),
                        assistant, clock.instant(), null))
                .call(() -> stillOpen == 0 ? CaseAttention.clear(caseId, Attention.OPERATOR_TASKS_OPEN)
                        : Uni.createFrom().voidItem());
    }

    /**
     * The assistant decided that only the requester's mention is removed from a third party's record (erasure-service
     * recorded it for plan item {@code planItem} in {@code store}): the timeline names her and the record.
     */
    @WithTransaction
    public Uni<DsrCase> mentionRemovalDecided(UUID caseId, long planItem, String store, String assistant) {
        return workflow.act(caseId, new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED, "MENTION_REMOVAL_DECIDED",
                "Only the requester's mention to be removed from plan item " + planItem + " in " + store,
                Map.of("planItem", String.valueOf(planItem), "store", store == null ? "" : store), assistant,
                clock.instant(), null));
    }

    /**
     * On an objection (Art. 21 GDPR) the assistant decided on one purpose ({@code decision}: STOP or CONTINUE);
     * erasure-service carries it out and keeps her grounds, the timeline names the decision.
     */
    @WithTransaction
    public Uni<DsrCase> objectionDecided(UUID caseId, String purpose, String decision, String assistant) {
        return workflow.act(caseId, new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED, "OBJECTION_DECIDED",
                "Objection: processing for " + purpose + " decided " + decision,
                Map.of("variant", decision, "objectionPurpose", purpose), assistant, clock.instant(), null));
    }

    /**
     * On a restriction request the assistant chose its ground (Art. 18(1)(a)-(d); erasure-service keeps it): the
     * timeline names it, and the case no longer waits for it.
     */
    @WithTransaction
    public Uni<DsrCase> restrictionGroundChosen(UUID caseId, String ground, String assistant) {
        return workflow.act(caseId, new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED, "RESTRICTION_GROUND_CHOSEN",
                        "Restriction ground chosen: " + ground, Map.of("restrictionGround", ground == null ? "" : ground),
                        assistant, clock.instant(), null))
                .call(() -> CaseAttention.clear(caseId, Attention.RESTRICTION_GROUND_MISSING));
    }

    /**
     * The assistant stated why the restriction ends ({@code end}: a RestrictionEnd of its ground; erasure-service keeps
     * it and lifts only with it) with her reason: the timeline says it in her name.
     */
    @WithTransaction
    public Uni<DsrCase> restrictionEndStated(UUID caseId, String end, String reason, String assistant) {
        return workflow.act(caseId, new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED, "RESTRICTION_END_STATED",
                "Why the restriction ends (Art. 18 GDPR): " + end + ": " + reason,
                Map.of("variant", end, "note", reason), assistant, clock.instant(), null));
    }

    /**
     * The requester has no e-mail address: the assistant posted the printed notice before the lift of her restriction
     * (Art. 18(3) GDPR); the timeline says so in her name.
     */
    @WithTransaction
    public Uni<DsrCase> liftLetterPosted(UUID caseId, String assistant) {
        return workflow.act(caseId, new CaseWorkflow.Step(CaseTrigger.NOTE_ADDED, "RESTRICTION_LIFT_LETTER_POSTED",
                "Notice before the lift of the restriction (Art. 18(3) GDPR) posted as a letter", Map.of(), assistant,
                clock.instant(), null));
    }

    /**
     * Closes the case; the closure and its note are optional. A closed case no longer waits on unsearched stores. A
     * case with operator tasks still open is not closed: the work its erasures left is not done yet.
     */
    @WithTransaction
    public Uni<DsrCase> close(UUID caseId, @Valid Closure closure, String assistant) {
        String note = closure == null ? null : closure.note();
        Instant now = clock.instant();
        return workflow.load(caseId).call(dsrCase -> CaseAttention.of(caseId).invoke(attention -> {
            if (CaseClosingRule.waitsForOperatorTasks(attention)) {
                throw new OperatorTasksStillOpen();
            }
        })).chain(dsrCase -> {
            CaseWorkflow.require(dsrCase, CaseTrigger.CLOSED);
            String outcome = dsrCase.status.name();
            return outbox.append(new CaseEvents.CaseClosed(dsrCase.id.toString(), outcome, now))
                    .chain(envelope -> workflow.advance(dsrCase, new CaseWorkflow.Step(CaseTrigger.CLOSED,
                            "CASE_CLOSED", "Closed as " + outcome + (note == null || note.isBlank() ? "" : ": " + note),
                            note == null || note.isBlank() ? Map.of("outcome", outcome)
                                    : Map.of("variant", "withNote", "outcome", outcome, "note", note),
                            assistant, now, envelope.id())));
        }).call(() -> CaseAttention.clear(caseId, Attention.STORES_NOT_SEARCHED));
    }
}

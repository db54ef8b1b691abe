package de.thwien.dsr.intake.casework;

import de.thwien.dsr.intake.cases.ActionNotAllowed;
import de.thwien.dsr.intake.cases.lifecycle.CaseStateMachine;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.cases.lifecycle.CaseTrigger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * When the deadline of a case may be extended (Art. 12(3) GDPR): once, with reasons, before the first period has
 * ended, and only while the answer has not gone out. The action refuses what this refuses, and the case page offers
 * the extension only where this allows it.
 */
final class DeadlineExtensionRule {

    /**
     * The timeline kinds of the events after which notifier-service composes and sends the answer by itself: the
     * Art. 15 copy or the Art. 20 export is ready, the erasure (or withdrawal) has been carried out.
     */
    static final Set<String> ANSWER_GOES_OUT_AFTER = Set.of("ACCESS_PACKAGE_READY", "PORTABILITY_PACKAGE_READY",
            "RECORDS_ERASED");

    private DeadlineExtensionRule() {
    }

    /** Whether a timeline with entries of these kinds shows the answer sent or on its way. */
    static boolean answerGoingOut(Collection<String> timelineKinds) {
        return timelineKinds.stream().anyMatch(ANSWER_GOES_OUT_AFTER::contains);
    }

    /**
     * Why the extension is refused, or empty when it is allowed.
     *
     * @param firstPeriodEnded whether the first period, ending on {@code dueOn}, has passed
     * @param answerGoingOut   whether the timeline shows the answer on its way ({@link #answerGoingOut})
     */
    static Optional<ActionNotAllowed> refusal(CaseStatus status, boolean extended, LocalDate dueOn,
            boolean firstPeriodEnded, boolean answerGoingOut) {
        if (status == CaseStatus.RESPONDED || answerGoingOut && status.isOpen()) {
            return Optional.of(new AnswerAlreadyGoingOut());
        }
        if (!CaseStateMachine.allows(status, CaseTrigger.DEADLINE_EXTENDED)) {
            return Optional.of(new ActionNotAllowed("A case in status " + status + " does not allow "
                    + CaseTrigger.DEADLINE_EXTENDED + "."));
        }
        if (extended) {
            return Optional.of(new DeadlineAlreadyExtended());
        }
        if (firstPeriodEnded) {
            return Optional.of(new ActionNotAllowed("The period ended on " + dueOn
                    + "; an extension must be told to the requester before that."));
        }
        return Optional.empty();
    }
}

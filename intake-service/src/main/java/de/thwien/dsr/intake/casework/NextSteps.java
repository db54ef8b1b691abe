package de.thwien.dsr.intake.casework;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.Attention;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the assistant does next on a case, named as work and not as a state: which decision waits for her, which
 * check, which message. Message keys of the dashboard's words ({@code nextStep.*} of {@code messages/pages*.properties}),
 * most pressing first; none when the case waits for nobody but the services. Plain Java.
 */
public final class NextSteps {

    /** The attentions in the order she should deal with them: what holds the answer back first. */
    private static final List<Attention> ORDER = List.of(Attention.NAME_MATCH_REVIEW, Attention.UNVERIFIED,
            Attention.RESTRICTION_GROUND_MISSING, Attention.DELIVERY_FAILED, Attention.NEW_REPLY,
            Attention.STORES_NOT_SEARCHED, Attention.OPERATOR_TASKS_OPEN);

    /**
     * Request types whose plan the case page calls by its own name (an objection is decided per purpose, a
     * restriction has an "Einschränkungsplan"): their step says so; an erasure's is the plain step.
     */
    private static final Set<RequestType> OWN_APPROVAL_STEP = Set.of(RequestType.OBJECTION, RequestType.RESTRICTION,
            RequestType.CONSENT_WITHDRAWAL);

    private NextSteps() {
    }

    public static List<String> of(CaseStatus status, RequestType type, Set<Attention> attention) {
        List<String> steps = new ArrayList<>();
        if (status == CaseStatus.AWAITING_APPROVAL) {
            steps.add(OWN_APPROVAL_STEP.contains(type) ? "nextStep.AWAITING_APPROVAL." + type
                    : "nextStep.AWAITING_APPROVAL");
        }
        if (status.isOpen() && type == RequestType.UNCLASSIFIED) {
            steps.add("nextStep.UNCLASSIFIED");
        }
        ORDER.stream().filter(attention::contains).forEach(reason -> steps.add("nextStep." + reason.name()));
        return steps;
    }
}

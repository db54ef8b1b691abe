package de.thwien.dsr.intake.casework;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.platform.problem.Refusal;
import java.util.Optional;

/**
 * When the assistant may set the kind of a request: only while the case is open and the software could not assign
 * it (UNCLASSIFIED), once. The action refuses what this refuses, and the case page offers the form only where this
 * allows it.
 */
final class ClassificationRule {

    private ClassificationRule() {
    }

    /** Why setting the kind is refused, or empty when it is allowed. */
    static Optional<Refusal> refusal(CaseStatus status, RequestType type) {
        if (!status.isOpen()) {
            return Optional.of(new CaseNoLongerOpen(status));
        }
        if (type != RequestType.UNCLASSIFIED) {
            return Optional.of(new RequestTypeAlreadySet(type));
        }
        return Optional.empty();
    }
}

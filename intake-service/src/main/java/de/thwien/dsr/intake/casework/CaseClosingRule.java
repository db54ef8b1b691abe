package de.thwien.dsr.intake.casework;

import de.thwien.dsr.intake.cases.Attention;
import java.util.Set;

/**
 * When a case may be closed besides its state: not while the operator tasks its erasures left are open (the
 * confirmation told the requester they are still to be done). {@link CaseActions#close} refuses by it and the case
 * page offers closing by it, so the page never offers what the action refuses. Plain Java.
 */
final class CaseClosingRule {

    private CaseClosingRule() {
    }

    static boolean waitsForOperatorTasks(Set<Attention> attention) {
        return attention.contains(Attention.OPERATOR_TASKS_OPEN);
    }
}

package de.thwien.dsr.intake;

import de.thwien.dsr.architecture.PackageStructureContract;

/**
 * The intake's packages import each other in one direction; the deadline calendar and the case's state machine are
 * plain Java.
 */
class ArchitectureTests extends PackageStructureContract {

    ArchitectureTests() {
        super("de.thwien.dsr.intake", "de.thwien.dsr.intake.deadlines", "de.thwien.dsr.intake.cases.lifecycle");
    }
}

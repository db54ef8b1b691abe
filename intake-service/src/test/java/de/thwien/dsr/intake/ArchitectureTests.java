package de.thwien.dsr.intake;

import de.thwien.dsr.architecture.PackageStructureContract;

/**
 * The intake's packages import each other in one direction; the deadline calendar, the case's state machine and the
 * reading of mail (request type, automatic mail, case references, quoted text) are plain Java.
 */
class ArchitectureTests extends PackageStructureContract {

    ArchitectureTests() {
        super("de.thwien.dsr.intake", "de.thwien.dsr.intake.deadlines", "de.thwien.dsr.intake.cases.lifecycle",
                "de.thwien.dsr.intake.mail.classification");
    }
}

package de.thwien.dsr.notifier;

import de.thwien.dsr.architecture.PackageStructureContract;

/** The notifier's packages import each other in one direction; how a notice words codes, names and dates is plain Java. */
class ArchitectureTests extends PackageStructureContract {

    ArchitectureTests() {
        super("de.thwien.dsr.notifier", "de.thwien.dsr.notifier.wording");
    }
}

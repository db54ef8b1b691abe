package de.thwien.dsr.admin;

import de.thwien.dsr.architecture.PackageStructureContract;

/** The tool's packages import each other in one direction: the commands use the console, never each other. */
class ArchitectureTests extends PackageStructureContract {

    ArchitectureTests() {
        super("de.thwien.dsr.admin");
    }
}

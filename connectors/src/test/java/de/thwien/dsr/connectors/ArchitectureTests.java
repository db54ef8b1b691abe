package de.thwien.dsr.connectors;

import de.thwien.dsr.architecture.PackageStructureContract;

/** The connectors' packages import each other in one direction; identity matching is plain Java. */
class ArchitectureTests extends PackageStructureContract {

    ArchitectureTests() {
        super("de.thwien.dsr.connectors", "de.thwien.dsr.connectors.identity");
    }
}

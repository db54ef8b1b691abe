package de.thwien.dsr.events;

import de.thwien.dsr.architecture.PackageStructureContract;

/** The event contracts are plain Java: a consumer of the contracts pulls no framework and no runtime. */
class ArchitectureTests extends PackageStructureContract {

    ArchitectureTests() {
        super("de.thwien.dsr.events", "de.thwien.dsr.events");
    }
}

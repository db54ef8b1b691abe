package de.thwien.dsr.platform;

import de.thwien.dsr.architecture.PackageStructureContract;

/** The platform's packages import each other in one direction; its rules of addresses, text and rates are plain Java. */
class ArchitectureTests extends PackageStructureContract {

    ArchitectureTests() {
        super("de.thwien.dsr.platform", "de.thwien.dsr.platform.address", "de.thwien.dsr.platform.text",
                "de.thwien.dsr.platform.ratelimit", "de.thwien.dsr.platform.crypto", "de.thwien.dsr.platform.codec",
                "de.thwien.dsr.platform.mail");
    }
}

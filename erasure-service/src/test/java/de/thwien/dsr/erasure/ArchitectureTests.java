package de.thwien.dsr.erasure;

import de.thwien.dsr.architecture.PackageStructureContract;

/**
 * The erasure service's packages import each other in one direction; the deletion concept's rules and the plan
 * item's lifecycle are plain Java.
 */
class ArchitectureTests extends PackageStructureContract {

    ArchitectureTests() {
        super("de.thwien.dsr.erasure", "de.thwien.dsr.erasure.retention.rules", "de.thwien.dsr.erasure.plans.lifecycle");
    }
}

package de.thwien.dsr.subjectindex;

import de.thwien.dsr.architecture.PackageStructureContract;

/**
 * The subject index's packages import each other in one direction; the access package as a file (ZIP, Art. 15
 * summary, encryption) is plain Java.
 */
class ArchitectureTests extends PackageStructureContract {

    ArchitectureTests() {
        super("de.thwien.dsr.subjectindex", "de.thwien.dsr.subjectindex.access.archive");
    }
}

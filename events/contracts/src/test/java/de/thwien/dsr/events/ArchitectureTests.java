package de.thwien.dsr.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.thwien.dsr.architecture.PackageStructureContract;
import org.junit.jupiter.api.Test;

/** The event contracts are plain Java: a consumer of the contracts pulls no framework, no library and no runtime. */
class ArchitectureTests extends PackageStructureContract {

    ArchitectureTests() {
        super("de.thwien.dsr.events", "de.thwien.dsr.events");
    }

    @Test
    void contractsUseNothingButTheJdk() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "de.thwien.dsr.events..")
                .because("a consumer of the contracts must not pull a library with them")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("de.thwien.dsr.events"));
    }
}

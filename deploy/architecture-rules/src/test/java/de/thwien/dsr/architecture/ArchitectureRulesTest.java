package de.thwien.dsr.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The rules fail on fixture classes that break them and pass on ones that keep them. */
class ArchitectureRulesTest {

    private static final String FIXTURES = "de.thwien.dsr.architecture.fixtures";

    private final JavaClasses fixtures = new ClassFileImporter().importPackages(FIXTURES);

    @Test
    void twoPackagesImportingEachOtherAreACycle() {
        EvaluationResult result = ArchitectureRules.noPackageCycles(FIXTURES + ".cyclic").evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("orders", "invoices");
    }

    @Test
    void packagesImportingInOneDirectionAreNoCycle() {
        EvaluationResult result = ArchitectureRules.noPackageCycles(FIXTURES + ".layered").evaluate(fixtures);

        assertThat(result.hasViolation()).isFalse();
    }

    @Test
    void aDomainRuleAnnotatedForJaxRsBreaksTheFrameworkRule() {
        EvaluationResult result = ArchitectureRules.frameworkFree(FIXTURES + ".webrule").evaluate(fixtures);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("RuleWithResource", "jakarta.ws.rs.Path");
    }

    @Test
    void aDomainRuleInPlainJavaKeepsTheFrameworkRule() {
        EvaluationResult result = ArchitectureRules.frameworkFree(FIXTURES + ".rules").evaluate(fixtures);

        assertThat(result.hasViolation()).isFalse();
    }

    @Test
    void aConsumerNamedListenerBreaksTheNamingRule() {
        JavaClasses listeners = new ClassFileImporter().importPackages(FIXTURES + ".listeners");

        EvaluationResult result = ArchitectureRules.consumersNamedConsumer().evaluate(listeners);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("VerifiedCaseListener");
    }

    @Test
    void aConsumerNamedConsumerKeepsTheNamingRule() {
        JavaClasses consumers = new ClassFileImporter().importPackages(FIXTURES + ".consumers");

        assertThat(ArchitectureRules.consumersNamedConsumer().evaluate(consumers).hasViolation()).isFalse();
    }

    @Test
    void aPageCallingAnotherResourceBreaksTheEdgeRule() {
        JavaClasses calling = new ClassFileImporter().importPackages(FIXTURES + ".edges.calling");

        EvaluationResult result = ArchitectureRules.resourcesCallNoOtherResource().evaluate(calling);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("OrderPage", "InvoiceResource");
    }

    @Test
    void aPageBorrowingARecordNestedInAnotherResourceBreaksTheEdgeRule() {
        JavaClasses borrowing = new ClassFileImporter().importPackages(FIXTURES + ".edges.borrowing");

        EvaluationResult result = ArchitectureRules.resourcesCallNoOtherResource().evaluate(borrowing);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("NotePage", "NoteResource$Note");
    }

    @Test
    void resourcesCallingAServiceItsRecordsAndATypedClientKeepTheEdgeRule() {
        JavaClasses layered = new ClassFileImporter().importPackages(FIXTURES + ".edges.layered");

        EvaluationResult result = ArchitectureRules.resourcesCallNoOtherResource().evaluate(layered);

        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void aModuleWithoutResourcesKeepsTheEdgeRule() {
        JavaClasses consumers = new ClassFileImporter().importPackages(FIXTURES + ".consumers");

        assertThat(ArchitectureRules.resourcesCallNoOtherResource().evaluate(consumers).hasViolation()).isFalse();
    }
}

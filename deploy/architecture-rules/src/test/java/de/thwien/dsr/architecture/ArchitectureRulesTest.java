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
}

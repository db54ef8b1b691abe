package de.thwien.dsr.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The package structure every module keeps (no package cycles, framework-free domain rules, consumers named
 * {@code …Consumer}, resources that call services and never each other), checked on its production classes in
 * {@code ./mvnw verify}. A module's {@code ArchitectureTests} extends it, naming its base package and the packages
 * that hold its domain rules (deadlines, retention rules, matching, state machines).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the module's classes are read once for all rules
public abstract class PackageStructureContract {

    private final String basePackage;
    private final List<String> domainRulePackages;
    private JavaClasses classes;

    protected PackageStructureContract(String basePackage, String... domainRulePackages) {
        this.basePackage = basePackage;
        this.domainRulePackages = List.of(domainRulePackages);
    }

    @Test
    void packagesImportEachOtherInOneDirectionOnly() {
        ArchitectureRules.noPackageCycles(basePackage).check(classes());
    }

    @Test
    void domainRulesUseNoFrameworkType() {
        if (domainRulePackages.isEmpty()) {
            return;
        }
        for (String rulePackage : domainRulePackages) {
            // a misspelt or emptied rule package would make the rule pass on nothing
            if (classes().stream().noneMatch(type -> type.getPackageName().startsWith(rulePackage))) {
                throw new AssertionError("the rule package " + rulePackage + " holds no class");
            }
        }
        ArchitectureRules.frameworkFree(domainRulePackages.toArray(String[]::new)).check(classes());
    }

    @Test
    void everyEventConsumerEndsInConsumer() {
        ArchitectureRules.consumersNamedConsumer().check(classes());
    }

    @Test
    void edgesCallServicesNeverOtherResources() {
        ArchitectureRules.resourcesCallNoOtherResource().check(classes());
    }

    private JavaClasses classes() {
        if (classes == null) {
            classes = ArchitectureRules.productionClassesOf(basePackage);
            if (classes.isEmpty()) {
                throw new IllegalStateException("no production classes found below " + basePackage);
            }
        }
        return classes;
    }
}

package de.thwien.dsr.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;

/**
 * The structure rules of the project's style guide as ArchUnit rules: no package cycles (rule 11), domain
 * rules in plain Java (rule 1), edges that call services, never other resources (rule 13). {@link PackageStructureContract} applies them to a module; the rules are public
 * so that their own tests can show them failing on fixture classes.
 */
public final class ArchitectureRules {

    /**
     * Packages of the frameworks domain rules must not touch: Quarkus, JAX-RS, Vert.x, Hibernate, CDI, Bean
     * Validation, Jakarta annotations, SmallRye, MicroProfile, Kafka, JBoss logging.
     */
    static final String[] FRAMEWORK_PACKAGES = {
        "io.quarkus..", "jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx..", "org.hibernate..",
        "jakarta.persistence..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.transaction..",
        "jakarta.validation..", "jakarta.annotation..", "io.smallrye..", "org.eclipse.microprofile..",
        "org.apache.kafka..", "org.jboss.logging.."
    };

    /** The JAX-RS annotation that makes a class a resource (an edge: JSON endpoint or page). */
    static final String RESOURCE = "jakarta.ws.rs.Path";

    private ArchitectureRules() {
    }

    /** The production classes (no tests) of a module, by its base package. */
    public static JavaClasses productionClassesOf(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    /**
     * Every package below {@code basePackage} (each subpackage on its own) imports only packages that do not
     * import it back, directly or through others.
     */
    public static ArchRule noPackageCycles(String basePackage) {
        return slices().matching(basePackage + ".(**)")
                .should().beFreeOfCycles()
                // a module of one package has no slice below its base package, and no cycle
                .allowEmptyShould(true)
                .because("a package imports only packages below it; when two packages need each other, "
                        + "one of them holds the wrong class (STYLE.md rule 11)");
    }

    /** Classes in these packages (subpackages included) use no framework type, not even an annotation. */
    public static ArchRule frameworkFree(String... domainRulePackages) {
        String[] packages = Arrays.stream(domainRulePackages).map(p -> p + "..").toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because("domain rules are plain Java, unit-tested without Quarkus (STYLE.md rule 1)");
    }

    /**
     * A class that consumes a Kafka channel is named for what it consumes and ends in {@code Consumer}
     * ({@code VerifiedCaseConsumer}), so every entry point of events into a service is found by its name.
     */
    public static ArchRule consumersNamedConsumer() {
        return methods().that().areAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming")
                .should().beDeclaredInClassesThat().haveSimpleNameEndingWith("Consumer")
                .allowEmptyShould(true)
                .because("consumers share one naming style");
    }

    /**
     * A resource (a class annotated {@code @Path}: JSON endpoint or page) uses no other resource, not even a record
     * nested in one: what two edges share lives in a service or a plain record both use. Its own nested classes do
     * not count, nor interfaces annotated {@code @Path}: those are typed REST clients of other services.
     */
    public static ArchRule resourcesCallNoOtherResource() {
        return classes().that(PART_OF_A_RESOURCE).should(USE_NO_OTHER_RESOURCE)
                // a module without resources (a library, a consumer-only service) keeps the rule trivially
                .allowEmptyShould(true)
                .because("edges call services, never other resources (STYLE.md rule 13)");
    }

    private static final DescribedPredicate<JavaClass> PART_OF_A_RESOURCE = DescribedPredicate.describe(
            "are resources (annotated @Path) or nested in one", javaClass -> isResource(outermost(javaClass)));

    private static final ArchCondition<JavaClass> USE_NO_OTHER_RESOURCE =
            new ArchCondition<>("use no other resource") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    JavaClass own = outermost(javaClass);
                    for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                        JavaClass target = outermost(dependency.getTargetClass().getBaseComponentType());
                        if (!target.equals(own) && isResource(target)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            };

    private static boolean isResource(JavaClass javaClass) {
        return !javaClass.isInterface() && javaClass.isAnnotatedWith(RESOURCE);
    }

    /** The top-level class a nested, inner or anonymous class belongs to; a top-level class itself. */
    private static JavaClass outermost(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}

package de.thwien.dsr.erasure.retention;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.events.RetentionCategory;
import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The deletion concept counts with the periods the contracts say once ({@link RetentionCategory#statutoryPeriod()},
 * {@link RetentionCategory#maximumStorage()}); application.properties sets a period only where it departs from them
 * (the request record's 3 years, which no contract period covers).
 */
class DeletionConceptPeriodsTest {

    @Test
    void everyStatutoryHoldAndMaximumStorageComesFromTheContracts() {
        RetentionPolicy policy = ConfiguredDeletionConcept.policy();

        for (RetentionCategory category : RetentionCategory.values()) {
            category.statutoryPeriod().or(category::maximumStorage).ifPresent(period -> assertThat(
                    policy.rule(category.id()).period()).as(category.id()).isEqualTo(period));
        }
    }

    @Test
    void aCategoryWithoutAContractPeriodHasNoHoldUnlessConfigured() {
        RetentionPolicy policy = ConfiguredDeletionConcept.policy();

        assertThat(policy.rule("general-correspondence").period()).isEqualTo(Period.ZERO);
        assertThat(policy.rule("dsr-request-record").period()).isEqualTo(Period.ofYears(3));
    }
}

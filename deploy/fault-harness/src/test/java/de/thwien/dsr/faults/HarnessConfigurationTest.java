package de.thwien.dsr.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HarnessConfigurationTest {

    @Test
    void withOneInstancePerServiceAKilledServicesClaimsAreTakenOverAfter45Seconds() {
        Arrays.stream(Scenario.values()).filter(scenario -> !scenario.needsSecondInstances())
                .forEach(scenario -> assertThat(FaultHarness.configurationFor(scenario))
                        .containsEntry(FaultHarness.NOTIFIER_STALE_CLAIM, "PT45S")
                        .containsEntry(FaultHarness.ERASURE_LEASE, "PT45S"));
    }

    @Test
    void twoInstancesKeepTheProductionClaimTimesSoALiveSlowInstanceKeepsItsClaims() {
        assertThat(FaultHarness.configurationFor(Scenario.TWO_INSTANCES))
                .doesNotContainKeys(FaultHarness.NOTIFIER_STALE_CLAIM, FaultHarness.ERASURE_LEASE)
                .containsEntry("quarkus.datasource.jdbc.acquisition-timeout", "PT60S");
    }
}

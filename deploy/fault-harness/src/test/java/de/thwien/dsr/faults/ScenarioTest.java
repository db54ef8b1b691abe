package de.thwien.dsr.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final List<String> SERVICES = List.of("intake-service", "subject-index-service",
            "erasure-service", "notifier-service");
    private static final HarnessOptions OPTIONS = new HarnessOptions(12, 2, Duration.ofMillis(500),
            Duration.ofMinutes(5), 8, List.of(), List.of(Duration.ofSeconds(30), Duration.ofMinutes(1)),
            Duration.ofSeconds(45));

    @Test
    void allNamesEveryScenarioInItsOrder() {
        assertThat(Scenario.parse("all")).containsExactly(Scenario.values());
        assertThat(Scenario.parse("postgres-kill, clock-jump"))
                .containsExactly(Scenario.POSTGRES_KILL, Scenario.CLOCK_JUMP);
    }

    @Test
    void anUnknownScenarioIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Scenario.parse("disk-full")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgres-kill");
    }

    @Test
    void postgresIsKilledTwiceAndTheBrokerTwice() {
        assertThat(Scenario.POSTGRES_KILL.faults(OPTIONS, SERVICES, new Random(8))).extracting(Fault::kind)
                .containsExactly(Fault.Kind.KILL_POSTGRES, Fault.Kind.KILL_POSTGRES);
        assertThat(Scenario.KAFKA_KILL.faults(OPTIONS, SERVICES, new Random(8))).extracting(Fault::kind)
                .containsExactly(Fault.Kind.RESTART_KAFKA, Fault.Kind.RESTART_KAFKA);
    }

    @Test
    void theMailServerIsDownForTheShortOutageFirstThenTheLongOne() {
        assertThat(Scenario.MAIL_OUTAGE.faults(OPTIONS, SERVICES, new Random(8))).extracting(Fault::length)
                .containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1));
    }

    @Test
    void twoInstancesKillsEachServicesFirstInstanceAsOftenAsAsked() {
        List<Fault> faults = Scenario.TWO_INSTANCES.faults(OPTIONS, SERVICES, new Random(8));

        assertThat(faults).hasSize(8).allSatisfy(fault -> assertThat(fault.kind()).isEqualTo(Fault.Kind.KILL_SERVICE));
        SERVICES.forEach(service -> assertThat(faults).filteredOn(fault -> fault.target().equals(service)).hasSize(2));
    }

    @Test
    void theCrashKillsOnlyTheChosenServicesBesidesTheBrokerAndDatabaseFaults() {
        HarnessOptions twoServices = new HarnessOptions(15, 1, Duration.ofMillis(500), Duration.ofMinutes(5), 8,
                List.of("notifier-service", "erasure-service"));

        List<Fault> faults = Scenario.CRASH.faults(twoServices, SERVICES, new Random(8));

        assertThat(faults).filteredOn(fault -> fault.kind() == Fault.Kind.KILL_SERVICE).extracting(Fault::target)
                .containsExactlyInAnyOrder("notifier-service", "erasure-service");
        assertThat(faults).extracting(Fault::kind)
                .contains(Fault.Kind.RESTART_KAFKA, Fault.Kind.REFUSE_POSTGRES).hasSize(4);
    }

    @Test
    void withNoServiceChosenTheCrashKillsEveryService() {
        assertThat(Scenario.CRASH.faults(OPTIONS, SERVICES, new Random(8)))
                .filteredOn(fault -> fault.kind() == Fault.Kind.KILL_SERVICE).hasSize(8);
    }

    @Test
    void theSameSeedGivesTheSameFaultOrder() {
        assertThat(Scenario.CRASH.faults(OPTIONS, SERVICES, new Random(8)))
                .isEqualTo(Scenario.CRASH.faults(OPTIONS, SERVICES, new Random(8)));
    }

    @Test
    void theClockJumpsNineYears() {
        assertThat(Scenario.CLOCK_JUMP.faults(OPTIONS, SERVICES, new Random(8)))
                .containsExactly(Fault.of(Fault.Kind.CLOCK_JUMP, Duration.ofDays(3287)));
    }
}

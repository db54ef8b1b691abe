package de.thwien.dsr.intake.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.platform.keyring.AddressDigestKey;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.platform.security.LoginLockout;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lockout's rules on the service's own database, with a lockout of 3 failures per client address and 6 per
 * name in 15 minutes and a clock the test moves; each test uses names of its own. The last test is another
 * instance of the service: failures it counts lock the name here too.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class LoginLockoutRulesTests {

    private static final Instant START = Instant.parse("2026-03-05T09:00:00Z");

    @Inject
    Pool pool;

    @Inject
    AddressDigestKey digestKey;

    private Instant now = START;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private static final String CLIENT = "198.51.100.7";

    private LoginLockout lockout;
    private String name;

    @BeforeEach
    void newLockoutAndName() {
        lockout = new LoginLockout(3, 6, Duration.ofMinutes(15), clock, pool, digestKey);
        name = "user-" + UUID.randomUUID();
    }

    @Test
    void theConfiguredNumberOfFailuresLocksTheName() {
        lockout.recordFailure(name, CLIENT);
        lockout.recordFailure(name, CLIENT);
        assertThat(lockout.isLocked(name, CLIENT)).isFalse();
        lockout.recordFailure(name, CLIENT);
        assertThat(lockout.isLocked(name, CLIENT)).isTrue();
    }

    @Test
    void theLockEndsAfterTheDuration() {
        failThreeTimes(name);
        now = START.plus(Duration.ofMinutes(15)).minusSeconds(1);
        assertThat(lockout.isLocked(name, CLIENT)).isTrue();
        now = START.plus(Duration.ofMinutes(15));
        assertThat(lockout.isLocked(name, CLIENT)).isFalse();
    }

    @Test
    void aFailureAfterTheLockEndedStartsCountingAgain() {
        failThreeTimes(name);
        now = START.plus(Duration.ofMinutes(16));
        lockout.recordFailure(name, CLIENT);
        assertThat(lockout.isLocked(name, CLIENT)).isFalse();
        lockout.recordFailure(name, CLIENT);
        lockout.recordFailure(name, CLIENT);
        assertThat(lockout.isLocked(name, CLIENT)).isTrue();
    }

    @Test
    void failuresSpreadOverMoreThanTheDurationDoNotLock() {
        lockout.recordFailure(name, CLIENT);
        lockout.recordFailure(name, CLIENT);
        now = START.plus(Duration.ofMinutes(20));
        lockout.recordFailure(name, CLIENT);
        assertThat(lockout.isLocked(name, CLIENT)).isFalse();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        lockout.recordFailure(name, CLIENT);
        lockout.recordFailure(name, CLIENT);
        assertThat(lockout.stateOf(name, CLIENT).failuresOnRecord()).isTrue();
        lockout.recordSuccess(name, CLIENT);
        assertThat(lockout.stateOf(name, CLIENT).failuresOnRecord()).isFalse();
        lockout.recordFailure(name, CLIENT);
        assertThat(lockout.isLocked(name, CLIENT)).isFalse();
    }

    @Test
    void aLockedNameDoesNotLockOthers() {
        failThreeTimes(name);
        assertThat(lockout.isLocked(name + "-other", CLIENT)).isFalse();
    }

    @Test
    void failuresFromOneAddressDoNotLockTheNameForAnother() {
        failThreeTimes(name);
        assertThat(lockout.isLocked(name, CLIENT)).isTrue();
        assertThat(lockout.isLocked(name, "203.0.113.9")).isFalse();
    }

    @Test
    void failuresFromManyAddressesUpToTheCeilingLockTheNameEverywhere() {
        for (int i = 1; i <= 5; i++) {
            lockout.recordFailure(name, "203.0.113." + i);
        }
        assertThat(lockout.isLocked(name, "192.0.2.1")).isFalse();
        lockout.recordFailure(name, "203.0.113.6");
        assertThat(lockout.isLocked(name, "192.0.2.1")).isTrue();
    }

    @Test
    void aSuccessfulLoginFromOneAddressKeepsTheFailuresOfOthers() {
        lockout.recordFailure(name, "203.0.113.1");
        lockout.recordFailure(name, "203.0.113.1");
        lockout.recordSuccess(name, CLIENT);
        lockout.recordFailure(name, "203.0.113.1");
        assertThat(lockout.isLocked(name, "203.0.113.1")).isTrue();
    }

    @Test
    void unlockingLiftsTheLocksOfTheNameForEveryAddress() {
        failThreeTimes(name);
        for (int i = 1; i <= 6; i++) {
            lockout.recordFailure(name, "203.0.113." + i);
        }
        lockout.unlock(name).await().indefinitely();
        assertThat(lockout.isLocked(name, CLIENT)).isFalse();
        assertThat(lockout.isLocked(name, "203.0.113.1")).isFalse();
        assertThat(lockout.isLocked(name, "192.0.2.1")).isFalse();
    }

    @Test
    void addressesAreStoredOnlyAsDigests() {
        failThreeTimes(name);
        var clients = pool.preparedQuery("select client_digest from login_failure where name_digest = $1")
                .execute(Tuple.of(digestKey.digestOf(name))).await().indefinitely();
        assertThat(clients).extracting(row -> row.getString(0)).filteredOn(client -> !client.isEmpty())
                .singleElement().asString().matches("[0-9a-f]{64}").doesNotContain(CLIENT);
    }

    @Test
    void namesAreStoredOnlyAsDigests() {
        failThreeTimes(name);
        assertThat(rowsFor(digestKey.digestOf(name))).isEqualTo(2);
        assertThat(rowsFor(name)).isZero();
    }

    @Test
    void failuresCountedByAnotherInstanceLockTheNameOnThisOne() {
        // the service's own lockout: 5 failures in 15 minutes (dsr.auth.lockout.* in %test)
        LoginLockout otherInstance = new LoginLockout(5, 100, Duration.ofMinutes(15), Clock.systemUTC(), pool,
                digestKey);
        given().auth().preemptive().basic("lockout-shared", "demo-auditor").when().get("/api/mail-failures")
                .then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            otherInstance.recordFailure("lockout-shared", "127.0.0.1");
        }
        given().auth().preemptive().basic("lockout-shared", "demo-auditor").when().get("/api/mail-failures")
                .then().statusCode(401);
    }

    private long rowsFor(String nameDigest) {
        return pool.preparedQuery("select count(*) from login_failure where name_digest = $1")
                .execute(Tuple.of(nameDigest)).await().indefinitely().iterator().next().getLong(0);
    }

    private void failThreeTimes(String username) {
        for (int i = 0; i < 3; i++) {
            lockout.recordFailure(username, CLIENT);
        }
    }
}

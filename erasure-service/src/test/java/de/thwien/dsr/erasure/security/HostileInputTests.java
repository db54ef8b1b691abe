package de.thwien.dsr.erasure.security;

import de.thwien.dsr.infra.test.HostileInputContract;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

/** Hostile input against every operation of erasure-service and poison records on every topic it consumes. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class HostileInputTests extends HostileInputContract {

    HostileInputTests() {
        super(List.of("dsr.cases", "dsr.discovery"));
    }
}

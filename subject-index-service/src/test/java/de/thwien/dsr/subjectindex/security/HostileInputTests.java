package de.thwien.dsr.subjectindex.security;

import de.thwien.dsr.infra.test.HostileInputContract;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

/** Hostile input against every operation of subject-index-service and poison records on every topic it consumes. */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class HostileInputTests extends HostileInputContract {

    HostileInputTests() {
        super(List.of("dsr.cases", "dsr.erasure"));
    }
}

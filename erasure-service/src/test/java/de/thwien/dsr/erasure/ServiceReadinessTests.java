package de.thwien.dsr.erasure;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ServiceReadinessContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class ServiceReadinessTests extends ServiceReadinessContract {

    ServiceReadinessTests() {
        super("erasure-service", List.of("dsr.cases", "dsr.discovery", "dsr.notices"));
    }
}

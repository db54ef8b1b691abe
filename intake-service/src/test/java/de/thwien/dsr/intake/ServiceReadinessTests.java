package de.thwien.dsr.intake;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ServiceReadinessContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class ServiceReadinessTests extends ServiceReadinessContract {

    ServiceReadinessTests() {
        super("intake-service", List.of("dsr.notices", "dsr.discovery", "dsr.erasure"));
    }
}

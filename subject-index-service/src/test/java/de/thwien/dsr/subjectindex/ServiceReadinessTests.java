package de.thwien.dsr.subjectindex;

import de.thwien.dsr.infra.test.ServiceReadinessContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class ServiceReadinessTests extends ServiceReadinessContract {

    ServiceReadinessTests() {
        super("subject-index-service", List.of("dsr.cases", "dsr.erasure"));
    }
}

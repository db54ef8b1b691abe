package de.thwien.dsr.notifier.security;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.EndpointAccessContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;

/** Every operation of notifier's OpenAPI document needs an assistant or admin login: it has no public ones. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class EndpointAccessTests extends EndpointAccessContract {

    EndpointAccessTests() {
        super(Set.of(), Set.of());
    }
}

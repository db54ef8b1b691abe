package de.thwien.dsr.erasure.security;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.EndpointAccessContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;

/** Every operation of erasure's OpenAPI document needs a login, except the deletion-concept evaluation. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class EndpointAccessTests extends EndpointAccessContract {

    EndpointAccessTests() {
        // a category and a date in, a decision out: no personal data
        super(Set.of("POST /api/retention/evaluate"), Set.of());
    }
}

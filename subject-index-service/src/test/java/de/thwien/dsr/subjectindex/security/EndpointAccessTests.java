package de.thwien.dsr.subjectindex.security;

import de.thwien.dsr.infra.test.EndpointAccessContract;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;

/** Every operation of subject-index's OpenAPI document needs an assistant or admin login, except the download. */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class EndpointAccessTests extends EndpointAccessContract {

    EndpointAccessTests() {
        // the requester's access-package link (a random token is the only key)
        super(Set.of("GET /access-packages/{token}"), Set.of());
    }
}

package de.thwien.dsr.erasure.rectification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * subject-index-service as erasure-service calls it (quarkus.rest-client.subject-index-service.*, with
 * {@link SubjectIndexLogin}): which indexed records hold an e-mail address or phone number.
 */
@RegisterRestClient(configKey = "subject-index-service")
@RegisterClientHeaders(SubjectIndexLogin.class)
@Path("/api/identifiers/records")
public interface SubjectIndexService {

    /** One of the two, as typed: the index normalises it as it normalises the stores' values. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Identifier(String email, String phone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Holders(List<Holder> records) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Holder(String store, String reference) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Holders> holders(Identifier identifier);
}

package de.thwien.dsr.intake.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** subject-index-service as the dashboard calls it (quarkus.rest-client.subject-index-service.*): the index status. */
@RegisterRestClient(configKey = "subject-index-service")
@RegisterClientHeaders(ServiceLogin.class)
@Path("/api/index")
@Produces(MediaType.APPLICATION_JSON)
public interface SubjectIndexService {

    /** The crawl progress per store; timestamps as ISO text, as the overview shows them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record IndexStatus(List<StoreStatus> stores) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoreStatus(String store, boolean crawling, long recordsSeenByLastCrawl, String lastSuccessAt,
            long recordsIndexed, String lastError) {
    }

    @GET
    @Path("/status")
    Uni<IndexStatus> status();

    @ClientExceptionMapper
    static ServiceRefusal refused(Response response) {
        return ServiceRefusal.of(response);
    }
}

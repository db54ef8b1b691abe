package de.thwien.dsr.intake.requester;

import de.thwien.dsr.intake.requests.RequestStatuses;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Data of the requester's status page: the token from the status link is the only key. */
@Path("/api/status/{token}")
public class StatusResource {

    private final RequestStatuses statuses;

    public StatusResource(RequestStatuses statuses) {
        this.statuses = statuses;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Status of one's own request, by the token of the status link")
    public Uni<RequestStatuses.RequestStatus> status(@PathParam("token") String token) {
        return statuses.of(token);
    }
}

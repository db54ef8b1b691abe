package de.thwien.dsr.intake.requests;

import de.thwien.dsr.events.CaseEvents;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public web-form API: anyone may submit a request, nothing about other cases is revealed. */
@Path("/api/requests")
public class RequestResource {

    private final RequestIntake intake;

    public RequestResource(RequestIntake intake) {
        this.intake = intake;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a data-subject request",
            description = "Opens a case and answers 202 with the case id and the requester's status link.")
    public Uni<Response> submit(@NotNull(message = "a JSON body is required") @Valid SubmittedRequest request) {
        return intake.openCase(request, CaseEvents.Channel.WEB_FORM)
                .map(accepted -> Response.accepted(accepted).build());
    }
}

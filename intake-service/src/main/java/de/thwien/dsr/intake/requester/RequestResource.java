package de.thwien.dsr.intake.requester;

import de.thwien.dsr.intake.requests.SubmissionGuard;
import de.thwien.dsr.intake.requests.SubmittedRequest;
import de.thwien.dsr.intake.requests.TooManySubmissions;
import de.thwien.dsr.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public web-form API: anyone may submit a request, nothing about other cases is revealed. */
@Path("/api/requests")
public class RequestResource {

    private final SubmissionGuard submissions;

    public RequestResource(SubmissionGuard submissions) {
        this.submissions = submissions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a data-subject request",
            description = "Opens a case and answers 202 with the case id and the requester's status link; "
                    + "400 for an address no notice can reach (see README, address rule); "
                    + "429 with Retry-After when one client, one mailbox or one domain gets too many.")
    public Uni<Response> submit(@NotNull(message = "a JSON body is required") @Valid SubmittedRequest request,
            @Context HttpServerRequest http) {
        return submissions.submit(request, ClientAddress.of(http))
                .map(accepted -> Response.accepted(accepted).build())
                .onFailure(TooManySubmissions.class).recoverWithItem(failure -> {
                    TooManySubmissions tooMany = (TooManySubmissions) failure;
                    return Response.status(429).type(Problem.MEDIA)
                            .header("Retry-After", tooMany.retryAfterSeconds())
                            .entity(Problem.of(429, "Too Many Requests", tooMany.getMessage()).at("/api/requests"))
                            .build();
                });
    }
}

package de.thwien.dsr.intake.requester;

import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.platform.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Public deadline calculator: no login, no personal data, the same rules the cases use. */
@Path("/api/deadlines")
public class DeadlineResource {

    private final DeadlineCalculator calculator = new DeadlineCalculator();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Art. 12(3) deadlines of a request received at an instant",
            description = "receivedAt is an ISO-8601 instant, e.g. 2026-03-04T23:30:00Z.")
    public Response deadlines(@QueryParam("receivedAt") String receivedAt) {
        if (receivedAt == null || receivedAt.isBlank()) {
            return Problem.of(Response.Status.BAD_REQUEST, "receivedAt is required, e.g. 2026-03-04T23:30:00Z")
                    .at("/api/deadlines").toResponse();
        }
        Instant instant;
        try {
            instant = Instant.parse(receivedAt.trim());
        } catch (DateTimeParseException e) {
            return Problem.of(Response.Status.BAD_REQUEST,
                    "receivedAt must be an ISO-8601 instant in UTC, e.g. 2026-03-04T23:30:00Z")
                    .at("/api/deadlines").toResponse();
        }
        return Response.ok(calculator.deadlinesFor(instant)).build();
    }
}

package de.thwien.dsr.erasure.clock;

import de.thwien.dsr.platform.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * LOCAL STACK AND SYSTEM TESTS ONLY: moves the service clock forward ({@code dsr.clock.adjustable}
 * is true only in the {@code local} profile; elsewhere this answers 404 and the clock is the
 * system clock). Admin role, like every other change of the service's behaviour.
 */
@Path("/api/clock")
public class ClockResource {

    private final AdjustableClock clock;
    private final boolean adjustable;

    public ClockResource(AdjustableClock clock, @ConfigProperty(name = "dsr.clock.adjustable") boolean adjustable) {
        this.clock = clock;
        this.adjustable = adjustable;
    }

    /** {@code POST /api/clock/advance?by=P3650D}: the clock is {@code by} later from now on. */
    @POST
    @Path("/advance")
    @RolesAllowed("admin")
    @Produces(MediaType.APPLICATION_JSON)
    public Response advance(@QueryParam("by") String by) {
        if (!adjustable) {
            return Problem.of(404, "Not Found", "the clock is not adjustable here").toResponse();
        }
        Duration duration;
        try {
            duration = Duration.parse(by == null ? "" : by);
        } catch (RuntimeException e) {
            return Problem.of(400, "Bad Request", "by must be an ISO-8601 duration such as P3650D").toResponse();
        }
        if (duration.isNegative()) {
            return Problem.of(400, "Bad Request", "the clock only moves forward").toResponse();
        }
        clock.advance(duration);
        return Response.ok(Map.of("now", clock.instant().toString(), "offset", clock.offset().toString())).build();
    }
}

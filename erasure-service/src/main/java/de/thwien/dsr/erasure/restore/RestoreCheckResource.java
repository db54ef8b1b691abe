package de.thwien.dsr.erasure.restore;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The restore check on demand (the dashboard's button, the admin tool after a restore) and its last report. */
@Path("/api/restore-check")
@RolesAllowed({"assistant", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class RestoreCheckResource {

    private final RestoreCheck check;

    public RestoreCheckResource(RestoreCheck check) {
        this.check = check;
    }

    /** Runs the check now and answers with its report; 409 while another run is under way. */
    @POST
    public Uni<RestoreCheckReport> run() {
        return check.run("on demand").map(report -> {
            if (report == null) {
                throw new WebApplicationException("a restore check is running already", Response.Status.CONFLICT);
            }
            return report;
        });
    }

    /** The last run's report; 404 before the first run. */
    @GET
    @Path("/last")
    public Uni<RestoreCheckReport> last() {
        return check.last().map(report -> {
            if (report == null) {
                throw new NotFoundException("no restore check has run yet");
            }
            return report;
        });
    }
}

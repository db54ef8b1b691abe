package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An intent the plan item's state does not allow is a conflict with that state: 409 problem+json. */
public class PlanItemConflictMapper {

    @ServerExceptionMapper
    public Response conflict(PlanItemConflict conflict, UriInfo uri) {
        // the message names states and intents only, never the record or the person
        return Problem.of(Response.Status.CONFLICT, conflict.getMessage()).at(uri.getPath()).toResponse();
    }
}

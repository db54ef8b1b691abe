package de.thwien.dsr.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Error answers that filters produce without a body (e.g. a form post refused for its missing CSRF token) get a
 * problem+json body too, so that every 4xx/5xx of an endpoint tells what it is in the same format.
 */
public class BodilessErrors {

    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return;
        }
        Response.StatusType status = response.getStatusInfo();
        response.setEntity(Problem.of(status.getStatusCode(), status.getReasonPhrase(), null)
                .at(request.getUriInfo().getPath()), null, Problem.MEDIA);
    }
}

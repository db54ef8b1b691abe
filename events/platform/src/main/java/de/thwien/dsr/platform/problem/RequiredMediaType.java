package de.thwien.dsr.platform.problem;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An endpoint that declares what it consumes gets a body of that type, or the caller gets 415 problem+json: a
 * request without a Content-Type, or with a wildcard one, matches any {@code @Consumes} in Quarkus REST and then
 * reached the endpoint without its body (forms without their fields and CSRF token, which ended in 500).
 */
public class RequiredMediaType {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter
    public Response requireDeclaredMediaType(ContainerRequestContext request, ResourceInfo resource) {
        if (!WITH_BODY.contains(request.getMethod()) || resource.getResourceMethod() == null) {
            return null;
        }
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null && resource.getResourceClass() != null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        MediaType sent = request.getMediaType();
        if (consumes == null || (sent != null && !sent.isWildcardType() && !sent.isWildcardSubtype())) {
            return null;
        }
        return Problem.of(415, "Unsupported Media Type", "The body must be sent as "
                + String.join(" or ", consumes.value()) + ", with its Content-Type.").toResponse();
    }
}

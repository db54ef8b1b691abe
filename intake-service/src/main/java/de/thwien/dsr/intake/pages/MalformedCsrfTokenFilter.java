package de.thwien.dsr.intake.pages;

import de.thwien.dsr.platform.problem.Problem;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses a form whose CSRF field is not base64url with 400, before quarkus-rest-csrf's filter sees it: that filter
 * decodes the field without catching the decoder's exception, which would answer a tampered form with 500.
 */
public class MalformedCsrfTokenFilter {

    /** The field and header quarkus-rest-csrf reads (its defaults, not overridden in application.properties). */
    static final String FIELD = "csrf-token";
    static final String HEADER = "X-CSRF-TOKEN";

    // ahead of quarkus-rest-csrf's filter (priority USER) only with a higher number: with USER - 1 or lower it ran
    // after it (observed with Quarkus 3.33; DashboardPagesTests' malformed-token tests fail if the order changes)
    @ServerRequestFilter(priority = Priorities.USER + 1)
    @WithFormRead
    public Response refuseMalformedToken(ResteasyReactiveContainerRequestContext request) {
        String header = request.getHeaderString(HEADER);
        Object field = MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())
                ? ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FIELD, true,
                        false)
                : null;
        if ((header == null || wellFormed(header)) && (!(field instanceof String value) || wellFormed(value))) {
            return null;
        }
        return Problem.of(Response.Status.BAD_REQUEST, "the form's CSRF token is malformed").toResponse();
    }

    private static boolean wellFormed(String token) {
        try {
            Base64.getUrlDecoder().decode(token);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

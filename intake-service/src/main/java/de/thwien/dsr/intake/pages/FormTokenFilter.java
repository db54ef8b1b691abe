package de.thwien.dsr.intake.pages;

import de.thwien.dsr.platform.problem.Problem;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Answers a form whose CSRF token quarkus-rest-csrf would refuse, before that filter sees it:
 * <ul>
 * <li>a token (field or header) that is not base64url: 400 problem+json. That filter decodes it without catching the
 * decoder's exception, which would answer a tampered form with 500.</li>
 * <li>a browser's form whose token is not the one in its CSRF cookie, or that comes without the cookie (it expired):
 * 400 with the page "Formular abgelaufen, bitte neu laden" instead of a bare 400. The cookie's token stays the same
 * across pages (no token signature key), so opening another page or tab does not end a form; what remains is a
 * cookie that expired or was deleted, and a forged form, which the page does not help either.</li>
 * </ul>
 */
public class FormTokenFilter {

    /** The field, header and cookie quarkus-rest-csrf reads (field and header its defaults). */
    static final String FIELD = "csrf-token";
    static final String HEADER = "X-CSRF-TOKEN";
    static final String COOKIE = "dsr-csrf";

    private final Pages pages;
    private final Template formExpired;

    public FormTokenFilter(Pages pages, @Location("public/form-expired.html") Template formExpired) {
        this.pages = pages;
        this.formExpired = formExpired;
    }

    // ahead of quarkus-rest-csrf's filter (priority USER) only with a higher number: with USER - 1 or lower it ran
    // after it (observed with Quarkus 3.33; DashboardPagesTests' malformed-token tests fail if the order changes)
    @ServerRequestFilter(priority = Priorities.USER + 1)
    @WithFormRead
    public Response checkToken(ResteasyReactiveContainerRequestContext request) {
        String header = request.getHeaderString(HEADER);
        Object field = MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())
                ? ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FIELD, true,
                        false)
                : null;
        if ((header != null && !wellFormed(header)) || (field instanceof String value && !wellFormed(value))) {
            return Problem.of(Response.Status.BAD_REQUEST, "the form's CSRF token is malformed").toResponse();
        }
        if (HttpMethod.POST.equals(request.getMethod()) && header == null && field instanceof String token
                && outOfDate(token, request.getCookies().get(COOKIE)) && wantsPage(request)) {
            return pages.render(400, formExpired.instance());
        }
        return null;
    }

    /**
     * No cookie (it expired or was deleted), or a well-formed one with another token. A malformed cookie is
     * tampering, left to quarkus-rest-csrf (a plain 400).
     */
    private static boolean outOfDate(String token, Cookie cookie) {
        return cookie == null || (!token.equals(cookie.getValue()) && wellFormed(cookie.getValue()));
    }

    private static boolean wantsPage(ResteasyReactiveContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(MediaType.TEXT_HTML);
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

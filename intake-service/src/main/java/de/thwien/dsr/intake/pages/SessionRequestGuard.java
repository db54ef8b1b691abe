package de.thwien.dsr.intake.pages;

import de.thwien.dsr.platform.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Cross-site request forgery protection for every request the dashboard's session cookie would authenticate.
 * quarkus-rest-csrf checks the token of a form only: a post without a body, or of another media type, passes it
 * (the JSON API needs that, its callers log in with Basic or a bearer token and send no cookie). A page of another
 * port of the same host is same-site, so even a SameSite=Strict cookie goes with its posts. So a state-changing
 * request that carries the session cookie is refused with 403 before authentication unless
 * <ul>
 * <li>the browser says it came from this site (checked for every request by {@code CrossSiteRequests} in events,
 * which runs first), and</li>
 * <li>it is a form (whose CSRF field quarkus-rest-csrf then checks) or carries the token header (checked there
 * too).</li>
 * </ul>
 */
@ApplicationScoped
public class SessionRequestGuard {

    private static final Logger LOG = Logger.getLogger(SessionRequestGuard.class);
    /** Before the authentication handlers (Quarkus orders them around -200). */
    private static final int BEFORE_AUTHENTICATION = -900;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String FORM = "application/x-www-form-urlencoded";

    private final String sessionCookie;

    public SessionRequestGuard(
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
            String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    void register(@Observes Router router) {
        router.route().order(BEFORE_AUTHENTICATION).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (SAFE.contains(request.method()) || request.getCookie(sessionCookie) == null) {
            context.next();
            return;
        }
        if (request.getHeader(FormTokenFilter.HEADER) == null
                && !isForm(request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            refuse(context, "A change needs the form of its page, with the form's CSRF token.");
        } else {
            context.next();
        }
    }

    static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().equalsIgnoreCase(FORM);
    }

    private static void refuse(RoutingContext context, String detail) {
        LOG.info("state-changing request with the session cookie refused: cross-site or without a form");
        context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(Problem.of(403, "Forbidden", detail).at(context.normalizedPath())));
    }
}

package de.thwien.dsr.intake.pages;

import de.thwien.dsr.platform.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Login CSRF protection for the form login. Quarkus form authentication handles {@code POST /j_security_check}
 * itself, before any REST filter, so the CSRF token of the other forms cannot be checked there. Instead the browser's
 * own statement of where the form came from is: a login posted from another site (Fetch Metadata
 * {@code Sec-Fetch-Site}, or else an {@code Origin} that is not this host) is refused with 403 before the
 * authentication runs. Clients that send neither header (curl, very old browsers) are let through. A login that is
 * not a form gets 415 problem+json.
 */
@ApplicationScoped
public class LoginOriginCheck {

    private static final Logger LOG = Logger.getLogger(LoginOriginCheck.class);
    /** Before the authentication handlers (Quarkus orders them around -200). */
    private static final int BEFORE_AUTHENTICATION = -900;
    private static final Set<String> SAME_ORIGIN = Set.of("same-origin", "none");

    void register(@Observes Router router) {
        router.post("/j_security_check").order(BEFORE_AUTHENTICATION).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (fromAnotherSite(context.request())) {
            LOG.info("login form posted from another site refused");
            context.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=UTF-8")
                    .end("Login refused: the form was not sent from this site.");
            return;
        }
        if (!SessionRequestGuard.isForm(context.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            // Quarkus' form login reads the fields of a form only (anything else ended in 500)
            Problem problem = Problem.of(415, "Unsupported Media Type",
                    "The login must be sent as the login page's form (application/x-www-form-urlencoded).")
                    .at(context.normalizedPath());
            context.response().setStatusCode(415).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Json.encode(problem));
            return;
        }
        context.next();
    }

    static boolean fromAnotherSite(HttpServerRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !SAME_ORIGIN.contains(fetchSite);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            String originAuthority = URI.create(origin).getAuthority();
            return originAuthority == null || host == null || !originAuthority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}

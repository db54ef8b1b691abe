package de.thwien.dsr.platform.security;

import de.thwien.dsr.platform.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
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
 * Refuses every state-changing request that a browser says came from another site, in every service and whatever
 * logs it in. A browser sends what it holds for a site with a page's no-cors posts: the dashboard's session cookie,
 * but also the Basic credentials it cached when the assistant answered a password prompt (Swagger UI, an API URL
 * opened in the browser), and a page on another port of the same host is same-site for cookies and credentials.
 * So a change is taken only from this origin, by the browser's own statement: Fetch Metadata
 * ({@code Sec-Fetch-Site}), or else an {@code Origin} that is not this host. API clients (curl, the services' own
 * calls) send neither and are not affected.
 */
@ApplicationScoped
public class CrossSiteRequests {

    private static final Logger LOG = Logger.getLogger(CrossSiteRequests.class);
    /** Before the authentication handlers (Quarkus orders them around -200). */
    private static final int BEFORE_AUTHENTICATION = -950;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> SAME_ORIGIN = Set.of("same-origin", "none");

    void register(@Observes Router router) {
        router.route().order(BEFORE_AUTHENTICATION).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (SAFE.contains(request.method()) || !fromAnotherSite(request)) {
            context.next();
            return;
        }
        LOG.info("state-changing request from another site refused");
        Problem problem = Problem.of(403, "Forbidden", "The request was not sent from this site.")
                .at(context.normalizedPath());
        context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }

    /** Whether the browser says the request came from a page of another origin (another port counts). */
    public static boolean fromAnotherSite(HttpServerRequest request) {
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

package de.thwien.dsr.intake.pages;

import de.thwien.dsr.platform.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The form login takes a form only. Quarkus form authentication handles {@code POST /j_security_check} itself,
 * before any REST filter, and reads the fields of a form only (anything else ended in 500), so a login that is not a
 * form gets 415 problem+json here. A login posted from another site never gets this far: {@code CrossSiteRequests}
 * (events) refuses every state-changing request from another site, the login included (login CSRF).
 */
@ApplicationScoped
public class LoginFormCheck {

    /** Before the authentication handlers (Quarkus orders them around -200). */
    private static final int BEFORE_AUTHENTICATION = -900;

    void register(@Observes Router router) {
        router.post("/j_security_check").order(BEFORE_AUTHENTICATION).handler(this::check);
    }

    private void check(RoutingContext context) {
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
}

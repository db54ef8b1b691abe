package de.thwien.dsr.platform.security;

import de.thwien.dsr.platform.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A login that was tried and failed (wrong password, a locked name, an invalid token) gets the challenge of the
 * mechanism that tried it, as Quarkus would send it, and a 401 gets a problem+json body too: the same answer as a
 * missing login ({@link ProblemChallenge}), where Quarkus alone answered with a bare 401. A challenge that is not a
 * 401 (the dashboard's login form redirects a browser to its login page) stays as it is.
 */
public class AuthenticationProblems {

    @ServerExceptionMapper
    public Uni<Response> loginFailed(AuthenticationFailedException failure, RoutingContext context) {
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(context);
        return challenge.map(data -> {
            int status = data == null ? 401 : data.status;
            Response.ResponseBuilder response = Response.status(status);
            if (status == 401) {
                response.type(Problem.MEDIA).entity(Problem.of(401, "Unauthorized", "The login was not accepted"
                        + " (wrong name or password, a locked name, or an invalid token).")
                        .at(context.normalizedPath()));
            }
            if (data != null) {
                // Quarkus' own Basic challenge ("basic realm=Quarkus"): ours, as for a missing login
                data.getHeaders().forEach((name, value) -> response.header(name.toString(),
                        value != null && value.regionMatches(true, 0, "basic", 0, 5)
                                ? ProblemChallenge.BASIC_CHALLENGE : value));
            }
            if (status == 401 && (data == null || data.getHeaders().isEmpty())) {
                response.header("WWW-Authenticate", ProblemChallenge.BASIC_CHALLENGE);
            }
            return response.build();
        });
    }
}

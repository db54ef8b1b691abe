package de.thwien.dsr.platform.security;

import de.thwien.dsr.platform.problem.Problem;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The answer to a caller without a login, where no path-specific mechanism is chosen (the dashboard's pages choose
 * the login form): 401 problem+json with a Basic challenge, the same in every service. Without it, the first
 * mechanism by priority answers, which in intake is the login form: an API client got a redirect to a page. It
 * authenticates nobody itself; it only speaks first when a challenge is due.
 */
@ApplicationScoped
public class ProblemChallenge implements HttpAuthenticationMechanism {

    static final String BASIC_CHALLENGE = "Basic realm=\"dsr\"";
    /** Above the built-in mechanisms (form, Basic, OIDC), so its challenge is the one sent. */
    private static final int FIRST = 10_000;

    private final String formLoginPath;

    public ProblemChallenge(
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
            String formLoginPath) {
        this.formLoginPath = formLoginPath;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isFormLogin(context)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", BASIC_CHALLENGE));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (isFormLogin(context)) {
            // a failed form login goes back to the login page with an error: the form mechanism's answer
            return Uni.createFrom().item(false);
        }
        Problem problem = Problem.of(401, "Unauthorized", "This needs a login (HTTP Basic or a bearer token).")
                .at(context.normalizedPath());
        context.response().setStatusCode(401).putHeader("WWW-Authenticate", BASIC_CHALLENGE)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(Json.encode(problem));
        return Uni.createFrom().item(true);
    }

    private boolean isFormLogin(RoutingContext context) {
        return formLoginPath.equals(context.normalizedPath());
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public int getPriority() {
        return FIRST;
    }
}

package de.thwien.dsr.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The dashboard's session: form login keeps the user name in its encrypted cookie, and every request rebuilds the
 * identity from the configured users, so a user removed from the configuration loses the session too. The request
 * must also show the user's current session key ({@link SessionKeys}): after a logout, a saved session cookie no
 * longer opens anything.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(SessionIdentityProvider.class);

    private final AuthConfig config;
    private final SessionKeys sessions;

    public SessionIdentityProvider(AuthConfig config, SessionKeys sessions) {
        this.config = config;
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        AuthConfig.User user = config.users().get(request.getPrincipal());
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        Cookie key = http == null ? null : http.request().getCookie(SessionKeys.COOKIE);
        if (user == null || key == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return context.runBlocking(() -> {
            if (!sessions.isCurrent(request.getPrincipal(), key.getValue())) {
                LOG.info("session refused: its key was replaced by a logout");
                throw new AuthenticationFailedException();
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(request.getPrincipal()))
                    .addRoles(user.roles())
                    .build();
        });
    }
}

package de.thwien.dsr.platform.security;

import de.thwien.dsr.platform.keyring.AddressDigestKey;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Checks a login (HTTP Basic or the dashboard's login form) against the configured users' bcrypt hashes; repeated
 * failures lock the user name for a while ({@code dsr.auth.lockout.*}), per client address and, with a far higher
 * ceiling, per name, counted across all instances of the service.
 */
@ApplicationScoped
public class ConfiguredUserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ConfiguredUserIdentityProvider.class);

    /** Compared against for unknown users, so that their answer takes as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-dummy-password");

    private final AuthConfig config;
    private final LoginLockout lockout;
    private final SessionKeys sessions;
    private final String formLoginPath;

    public ConfiguredUserIdentityProvider(AuthConfig config, Clock clock, Pool pool, AddressDigestKey digestKey,
            SessionKeys sessions,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
            String formLoginPath) {
        this.config = config;
        this.sessions = sessions;
        this.formLoginPath = formLoginPath;
        this.lockout = new LoginLockout(config.lockout().maxFailures(), config.lockout().maxFailuresPerName(),
                config.lockout().duration(), clock, pool, digestKey);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        // bcrypt is deliberately slow: keep it off the event loop
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> {
            SecurityIdentity identity = verify(request.getUsername(), new String(request.getPassword().getPassword()),
                    http == null || http.request().remoteAddress() == null ? null
                            : http.request().remoteAddress().hostAddress());
            if (http != null && http.request().method() == HttpMethod.POST
                    && formLoginPath.equals(http.normalizedPath())) {
                // a form login starts a session: it gets the user's session key (SessionKeyCookie sets it)
                http.put(SessionKeys.ISSUED, sessions.current(request.getUsername()));
            }
            return identity;
        });
    }

    /** Lifts every lock of a user name (the owner's decision, {@link LoginLockResource}). */
    public Uni<Void> unlock(String username) {
        return lockout.unlock(username);
    }

    private SecurityIdentity verify(String username, String password, String clientAddress) {
        LoginLockout.State state = lockout.stateOf(username, clientAddress);
        if (state.locked()) {
            // the same answer as a wrong password; the user name is not logged (it may be a mistyped password)
            LOG.warn("login refused: user name locked after repeated failures");
            throw new AuthenticationFailedException();
        }
        AuthConfig.User user = config.users().get(username);
        boolean matches = BcryptUtil.matches(password, user == null ? DUMMY_HASH : user.passwordHash());
        if (user == null || !matches) {
            lockout.recordFailure(username, clientAddress);
            throw new AuthenticationFailedException();
        }
        if (state.failuresOnRecord()) {
            lockout.recordSuccess(username, clientAddress);
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(user.roles())
                .build();
    }
}

package de.thwien.dsr.platform.security;

import de.thwien.dsr.events.keyring.AddressDigestKey;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Checks a login (HTTP Basic or the dashboard's login form) against the configured users' bcrypt hashes; repeated
 * failures lock the user name for a while ({@code dsr.auth.lockout.*}), counted across all instances of the
 * service.
 */
@ApplicationScoped
public class ConfiguredUserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ConfiguredUserIdentityProvider.class);

    /** Compared against for unknown users, so that their answer takes as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-dummy-password");

    private final AuthConfig config;
    private final LoginLockout lockout;

    public ConfiguredUserIdentityProvider(AuthConfig config, Clock clock, Pool pool,
            AddressDigestKey digestKey) {
        this.config = config;
        this.lockout = new LoginLockout(config.lockout().maxFailures(), config.lockout().duration(), clock, pool,
                digestKey);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        // bcrypt is deliberately slow: keep it off the event loop
        return context.runBlocking(() -> verify(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    private SecurityIdentity verify(String username, String password) {
        LoginLockout.State state = lockout.stateOf(username);
        if (state.locked()) {
            // the same answer as a wrong password; the user name is not logged (it may be a mistyped password)
            LOG.warn("login refused: user name locked after repeated failures");
            throw new AuthenticationFailedException();
        }
        AuthConfig.User user = config.users().get(username);
        boolean matches = BcryptUtil.matches(password, user == null ? DUMMY_HASH : user.passwordHash());
        if (user == null || !matches) {
            lockout.recordFailure(username);
            throw new AuthenticationFailedException();
        }
        if (state.failuresOnRecord()) {
            lockout.recordSuccess(username);
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(user.roles())
                .build();
    }
}

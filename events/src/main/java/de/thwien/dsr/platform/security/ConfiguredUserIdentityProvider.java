package de.thwien.dsr.platform.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks a login against the configured users' bcrypt hashes. */
@ApplicationScoped
public class ConfiguredUserIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Compared against for unknown users, so that their answer takes as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-dummy-password");

    private final AuthConfig config;

    public ConfiguredUserIdentityProvider(AuthConfig config) {
        this.config = config;
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
        AuthConfig.User user = config.users().get(username);
        boolean matches = BcryptUtil.matches(password, user == null ? DUMMY_HASH : user.passwordHash());
        if (user == null || !matches) {
            throw new AuthenticationFailedException();
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(user.roles())
                .build();
    }
}

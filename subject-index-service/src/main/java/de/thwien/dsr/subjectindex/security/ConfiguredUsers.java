package de.thwien.dsr.subjectindex.security;

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

/**
 * HTTP Basic logins checked against the configured bcrypt hashes (the same scheme as intake's
 * dashboard users). An unknown user costs one bcrypt comparison too, so the answer time does not
 * tell which user names exist.
 */
@ApplicationScoped
public class ConfiguredUsers implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final String UNKNOWN_USER_HASH = BcryptUtil.bcryptHash("unknown-user-placeholder");

    private final AuthConfig config;

    public ConfiguredUsers(AuthConfig config) {
        this.config = config;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        // bcrypt is slow by design: not on the event loop
        return context.runBlocking(() -> {
            AuthConfig.User user = config.users().get(request.getUsername());
            String password = new String(request.getPassword().getPassword());
            boolean passwordMatches = BcryptUtil.matches(password, user == null ? UNKNOWN_USER_HASH : user.passwordHash());
            if (user == null || !passwordMatches) {
                throw new AuthenticationFailedException();
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(request.getUsername()))
                    .addRoles(user.roles())
                    .build();
        });
    }
}

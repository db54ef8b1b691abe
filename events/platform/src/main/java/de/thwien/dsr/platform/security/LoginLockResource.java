package de.thwien.dsr.platform.security;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * The owner lifts the login locks of a user name ({@link LoginLockout}) before they end by themselves, e.g. when
 * someone locked the assistant out: {@code DELETE /api/login-locks/{username}}, 204 whether or not a lock existed
 * (the answer tells nothing about accounts). Locks are kept per service: this unlocks the logins of this service.
 */
@Path("/api/login-locks")
public class LoginLockResource {

    private static final Logger LOG = Logger.getLogger(LoginLockResource.class);

    private final ConfiguredUserIdentityProvider logins;

    public LoginLockResource(ConfiguredUserIdentityProvider logins) {
        this.logins = logins;
    }

    @DELETE
    @Path("/{username}")
    @RolesAllowed("admin")
    public Uni<Response> unlock(@PathParam("username") String username) {
        // the name is not logged: it may be a mistyped password
        return logins.unlock(username).invoke(() -> LOG.info("login locks of a user name lifted by the owner"))
                .map(done -> Response.noContent().build());
    }
}

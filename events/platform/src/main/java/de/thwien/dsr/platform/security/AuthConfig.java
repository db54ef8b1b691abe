package de.thwien.dsr.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Dashboard users, configured with bcrypt password hashes (never plain passwords). */
@ConfigMapping(prefix = "dsr.auth")
public interface AuthConfig {

    Map<String, User> users();

    /** Failed logins (HTTP Basic and form) that lock a user name, and for how long. */
    Lockout lockout();

    interface Lockout {
        /** Failed logins from one client address within {@link #duration()} that lock the name for that address. */
        @WithDefault("5")
        int maxFailures();

        /** Failed logins from all addresses within {@link #duration()} that lock the name for every address. */
        @WithDefault("100")
        int maxFailuresPerName();

        /** How long a locked name is refused, even with the right password. */
        @WithDefault("PT15M")
        Duration duration();
    }

    interface User {
        /** A bcrypt hash, e.g. from {@code htpasswd -bnBC 12 "" password | tr -d ':'}. */
        String passwordHash();

        Set<String> roles();
    }
}

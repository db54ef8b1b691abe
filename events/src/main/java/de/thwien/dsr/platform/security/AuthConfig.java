package de.thwien.dsr.platform.security;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Set;

/** Dashboard users, configured with bcrypt password hashes (never plain passwords). */
@ConfigMapping(prefix = "dsr.auth")
public interface AuthConfig {

    Map<String, User> users();

    interface User {
        /** A bcrypt hash, e.g. from {@code htpasswd -bnBC 12 "" password | tr -d ':'}. */
        String passwordHash();

        Set<String> roles();
    }
}

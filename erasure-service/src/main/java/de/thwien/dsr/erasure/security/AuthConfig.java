package de.thwien.dsr.erasure.security;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Set;

/**
 * Assistant users, configured with bcrypt password hashes (never plain passwords). The same scheme
 * as intake-service; to be replaced by a shared identity provider when the lead decides on one.
 */
@ConfigMapping(prefix = "dsr.auth")
public interface AuthConfig {

    Map<String, User> users();

    interface User {
        /** A bcrypt hash, e.g. from {@code htpasswd -bnBC 12 "" password | tr -d ':'}. */
        String passwordHash();

        Set<String> roles();
    }
}

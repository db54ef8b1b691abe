package de.thwien.dsr.platform.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The HTTP Basic header one service logs in to another with; no header when no user name is configured. */
public final class ServiceLoginHeaders {

    private ServiceLoginHeaders() {
    }

    public static MultivaluedMap<String, String> of(Optional<String> username, Optional<String> password) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        username.ifPresent(user -> {
            String login = user + ":" + password.orElse("");
            headers.putSingle(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        });
        return headers;
    }
}

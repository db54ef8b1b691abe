package de.thwien.dsr.erasure.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** erasure-service's HTTP Basic login at subject-index-service; none when no user name is configured. */
@ApplicationScoped
public class SubjectIndexLogin implements ClientHeadersFactory {

    private final SubjectIndexConfig config;

    public SubjectIndexLogin(SubjectIndexConfig config) {
        this.config = config;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
            MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        config.username().ifPresent(username -> {
            String login = username + ":" + config.password().orElse("");
            headers.putSingle(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        });
        return headers;
    }
}

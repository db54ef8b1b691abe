package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.platform.security.ServiceLoginHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
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
        return ServiceLoginHeaders.of(config.username(), config.password());
    }
}

package de.thwien.dsr.intake.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * The dashboard's HTTP Basic login at the other services (dsr.dashboard.service-username/-password); none when no
 * user name is configured.
 */
@ApplicationScoped
public class ServiceLogin implements ClientHeadersFactory {

    private final DashboardConfig config;

    public ServiceLogin(DashboardConfig config) {
        this.config = config;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
            MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        config.serviceUsername().ifPresent(username -> {
            String login = username + ":" + config.servicePassword().orElse("");
            headers.putSingle(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        });
        return headers;
    }
}

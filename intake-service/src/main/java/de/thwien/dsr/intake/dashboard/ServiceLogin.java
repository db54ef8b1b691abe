package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.platform.security.ServiceLoginHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
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
        return ServiceLoginHeaders.of(config.serviceUsername(), config.servicePassword());
    }
}

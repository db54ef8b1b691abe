package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.infra.InfraConfiguration;
import de.thwien.dsr.infra.bbb.BbbApiSimulator;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded infrastructure plus a connected conference store: Greenlight's database is the embedded PostgreSQL
 * (the health check only asks {@code select 1}) and the BBB API a simulator that a test can make fail.
 */
public class ConferenceStoreTestResource extends EmbeddedInfraTestResource {

    static final String BBB_SECRET = "test-bbb-secret";

    /** The running simulator; one test JVM runs one Quarkus app at a time. */
    private static volatile BbbApiSimulator bbb;

    static BbbApiSimulator bbb() {
        return bbb;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> infra = super.start();
        Map<String, String> configuration = new HashMap<>(infra);
        bbb = BbbApiSimulator.start(BBB_SECRET);
        configuration.put("dsr.stores.conference.jdbc-url", "jdbc:postgresql://"
                + infra.get(InfraConfiguration.POSTGRES_HOST) + ":" + infra.get(InfraConfiguration.POSTGRES_PORT)
                + "/" + infra.get(InfraConfiguration.POSTGRES_DATABASE));
        configuration.put("dsr.stores.conference.username", infra.get(InfraConfiguration.POSTGRES_USERNAME));
        configuration.put("dsr.stores.conference.password", infra.get(InfraConfiguration.POSTGRES_PASSWORD));
        configuration.put("dsr.stores.conference.mapping", "conference/greenlight/mapping.yaml");
        configuration.put("dsr.stores.conference.bbb.url", bbb.apiUrl().toString());
        configuration.put("dsr.stores.conference.bbb.secret", BBB_SECRET);
        return configuration;
    }

    @Override
    public void stop() {
        if (bbb != null) {
            bbb.close();
            bbb = null;
        }
        super.stop();
    }
}

package de.thwien.dsr.erasure.testing;

import de.thwien.dsr.infra.InfraConfiguration;
import de.thwien.dsr.infra.bbb.BbbApiSimulator;
import de.thwien.dsr.infra.bbb.BbbApiSimulator.SimulatedRecording;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded infrastructure plus the conference store with write credentials: Greenlight's demo data in its own
 * schema and a BBB API simulator with the recordings of its rooms (Jana Becker: one published, one not; Lukas
 * Müller: one published).
 */
public class SeededConferenceTestResource extends EmbeddedInfraTestResource {

    private static final String BBB_SECRET = "test-bbb-secret";

    /** The running simulator; one test JVM runs one Quarkus app at a time. */
    private static volatile BbbApiSimulator bbb;

    public static BbbApiSimulator bbb() {
        return bbb;
    }

    public static SimulatedRecording recording(String recordId, String meetingId, boolean published) {
        Instant start = Instant.parse("2024-01-20T09:00:00Z");
        return new SimulatedRecording(recordId, meetingId, "Meeting", published, start, start.plusSeconds(1800), 3);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> infra = super.start();
        Map<String, String> configuration = new HashMap<>(infra);
        String jdbcUrl = "jdbc:postgresql://" + infra.get(InfraConfiguration.POSTGRES_HOST) + ":"
                + infra.get(InfraConfiguration.POSTGRES_PORT) + "/" + infra.get(InfraConfiguration.POSTGRES_DATABASE);
        String user = infra.get(InfraConfiguration.POSTGRES_USERNAME);
        String password = infra.get(InfraConfiguration.POSTGRES_PASSWORD);
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create schema greenlight_demo");
            statement.execute("set search_path to greenlight_demo");
            statement.execute(resource("conference/greenlight/schema.sql"));
            statement.execute(resource("conference/greenlight/seed.sql"));
        } catch (SQLException e) {
            throw new IllegalStateException("Greenlight demo store not seeded", e);
        }
        bbb = BbbApiSimulator.start(BBB_SECRET);
        List.of(recording("rec-jana-0001", "meeting-jana-1", true), recording("rec-jana-0002", "meeting-jana-1", false),
                recording("rec-lukas-0001", "meeting-lukas-1", true)).forEach(bbb::addRecording);
        configuration.put("dsr.stores.conference.jdbc-url", jdbcUrl);
        configuration.put("dsr.stores.conference.username", user);
        configuration.put("dsr.stores.conference.password", password);
        configuration.put("dsr.stores.conference.schema", "greenlight_demo");
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

    private static String resource(String name) {
        try (InputStream in = SeededConferenceTestResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

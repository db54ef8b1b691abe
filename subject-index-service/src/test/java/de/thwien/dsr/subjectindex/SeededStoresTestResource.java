package de.thwien.dsr.subjectindex;

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
 * The embedded infrastructure plus the three stores with their demo data: the Odoo-like CRM and
 * Greenlight in their own schemas, a BBB API simulator with Greenlight's recordings, and the
 * {@code info} mailbox in GreenMail ({@link DemoMailbox}). Configures the service to index them.
 */
public class SeededStoresTestResource extends EmbeddedInfraTestResource {

    public static final String BBB_SECRET = "test-bbb-secret";
    public static final String MAIL_LOGIN = "info";
    public static final String MAIL_PASSWORD = "secret";
    public static final String MAIL_ADDRESS = "info@thwien.example";

    /** The running simulator, for tests that make BBB fail; one test JVM runs one Quarkus app at a time. */
    private static volatile BbbApiSimulator bbb;

    public static BbbApiSimulator bbb() {
        return bbb;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> infra = super.start();
        Map<String, String> configuration = new HashMap<>(infra);
        String jdbcUrl = "jdbc:postgresql://" + infra.get(InfraConfiguration.POSTGRES_HOST) + ":"
                + infra.get(InfraConfiguration.POSTGRES_PORT) + "/" + infra.get(InfraConfiguration.POSTGRES_DATABASE);
        String user = infra.get(InfraConfiguration.POSTGRES_USERNAME);
        String password = infra.get(InfraConfiguration.POSTGRES_PASSWORD);
        seedSchema(jdbcUrl, user, password, "crm_demo", "crm/odoo/schema.sql", "crm/odoo/seed.sql");
        seedSchema(jdbcUrl, user, password, "greenlight_demo", "conference/greenlight/schema.sql",
                "conference/greenlight/seed.sql");

        bbb = BbbApiSimulator.start(BBB_SECRET);
        List.of(new SimulatedRecording("rec-jana-0001", "meeting-jana-1", "Kundengespräch", true,
                        Instant.parse("2024-01-20T09:00:00Z"), Instant.parse("2024-01-20T09:42:00Z"), 3),
                new SimulatedRecording("rec-jana-0002", "meeting-jana-1", "Nachbesprechung", false,
                        Instant.parse("2024-01-22T14:00:00Z"), Instant.parse("2024-01-22T14:12:00Z"), 2),
                new SimulatedRecording("rec-lukas-0001", "meeting-lukas-1", "Team", true,
                        Instant.parse("2024-02-10T13:00:00Z"), Instant.parse("2024-02-10T13:30:00Z"), 5))
                .forEach(bbb::addRecording);

        String imapHost = infra.get(InfraConfiguration.MAIL_HOST);
        int imapPort = Integer.parseInt(infra.get(InfraConfiguration.MAIL_IMAP_PORT));
        DemoMailbox.seed(imapHost, imapPort);

        for (String store : List.of("crm", "conference")) {
            configuration.put("dsr.stores." + store + ".jdbc-url", jdbcUrl);
            configuration.put("dsr.stores." + store + ".username", user);
            configuration.put("dsr.stores." + store + ".password", password);
        }
        configuration.put("dsr.stores.crm.schema", "crm_demo");
        configuration.put("dsr.stores.crm.mapping", "crm/odoo/mapping.yaml");
        configuration.put("dsr.stores.conference.schema", "greenlight_demo");
        configuration.put("dsr.stores.conference.mapping", "conference/greenlight/mapping.yaml");
        configuration.put("dsr.stores.conference.bbb.url", bbb.apiUrl().toString());
        configuration.put("dsr.stores.conference.bbb.secret", BBB_SECRET);
        configuration.put("dsr.stores.mail.accounts.info.host", imapHost);
        configuration.put("dsr.stores.mail.accounts.info.port", Integer.toString(imapPort));
        configuration.put("dsr.stores.mail.accounts.info.ssl", "false");
        configuration.put("dsr.stores.mail.accounts.info.login", MAIL_LOGIN);
        configuration.put("dsr.stores.mail.accounts.info.password", MAIL_PASSWORD);
        configuration.put("dsr.stores.mail.accounts.info.address", MAIL_ADDRESS);
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

    private static void seedSchema(String jdbcUrl, String user, String password, String schema, String... scripts) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
            statement.execute("set search_path to " + schema);
            for (String script : scripts) {
                statement.execute(resource(script));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("demo store " + schema + " not seeded", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = SeededStoresTestResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

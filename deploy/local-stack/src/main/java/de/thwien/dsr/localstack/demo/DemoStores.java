package de.thwien.dsr.localstack.demo;

import de.thwien.dsr.infra.EmbeddedInfra;
import de.thwien.dsr.infra.bbb.BbbApiSimulator;
import de.thwien.dsr.infra.bbb.BbbApiSimulator.SimulatedRecording;
import de.thwien.dsr.localstack.demo.DemoData.Recording;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three demo stores of the local stack: the Odoo-like CRM and Greenlight in their own schemas of the
 * embedded PostgreSQL (tables from the connectors' schema.sql), a BBB API simulator with Greenlight's
 * recordings, and the operator's mailboxes in GreenMail. {@link #configuration()} is what the services
 * need to crawl (subject-index), write (erasure) and poll the privacy mailbox (intake).
 */
public final class DemoStores implements AutoCloseable {

    public static final String CRM_SCHEMA = "crm_demo";
    public static final String GREENLIGHT_SCHEMA = "greenlight_demo";
    public static final String BBB_SECRET = "local-stack-bbb-secret";
    /** Mail accounts by their short name in references. */
    public static final Map<String, String> MAIL_ACCOUNTS = Map.of("info", DemoData.INFO, "thomas", DemoData.THOMAS);

    private final BbbApiSimulator bbb;
    private final Map<String, String> configuration;

    private DemoStores(BbbApiSimulator bbb, Map<String, String> configuration) {
        this.bbb = bbb;
        this.configuration = configuration;
    }

    /** Creates the schemas, loads {@code data} everywhere and starts the BBB simulator on {@code bbbPort} (0: free). */
    public static DemoStores load(EmbeddedInfra infra, DemoData data, int bbbPort) {
        String jdbcUrl = infra.postgresJdbcUrl();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, infra.postgresUsername(),
                infra.postgresPassword())) {
            createSchema(connection, CRM_SCHEMA, "crm/odoo/schema.sql");
            DemoCrm.load(connection, data);
            createSchema(connection, GREENLIGHT_SCHEMA, "conference/greenlight/schema.sql");
            DemoGreenlight.load(connection, data);
        } catch (SQLException e) {
            throw new IllegalStateException("demo stores not loaded", e);
        }
        BbbApiSimulator bbb = BbbApiSimulator.start(BBB_SECRET, bbbPort);
        for (Recording recording : data.recordings()) {
            bbb.addRecording(new SimulatedRecording(recording.recordId(), recording.meetingId(), recording.name(),
                    recording.published(), recording.startedAt(),
                    recording.startedAt().plus(Duration.ofMinutes(recording.minutes())), recording.participants()));
        }
        DemoMailboxes.deliver(infra.mailHost(), infra.imapPort(), data);
        return new DemoStores(bbb, storeConfiguration(infra, bbb));
    }

    public BbbApiSimulator bbb() {
        return bbb;
    }

    /** {@code dsr.stores.*} for subject-index-service (crawl) and erasure-service (write). */
    public Map<String, String> configuration() {
        return configuration;
    }

    private static Map<String, String> storeConfiguration(EmbeddedInfra infra, BbbApiSimulator bbb) {
        Map<String, String> configuration = new LinkedHashMap<>();
        for (String store : new String[] {"crm", "conference"}) {
            configuration.put("dsr.stores." + store + ".jdbc-url", infra.postgresJdbcUrl());
            configuration.put("dsr.stores." + store + ".username", infra.postgresUsername());
            configuration.put("dsr.stores." + store + ".password", infra.postgresPassword());
        }
        configuration.put("dsr.stores.crm.schema", CRM_SCHEMA);
        configuration.put("dsr.stores.crm.mapping", "crm/odoo/mapping.yaml");
        configuration.put("dsr.stores.conference.schema", GREENLIGHT_SCHEMA);
        configuration.put("dsr.stores.conference.mapping", "conference/greenlight/mapping.yaml");
        configuration.put("dsr.stores.conference.bbb.url", bbb.apiUrl().toString());
        configuration.put("dsr.stores.conference.bbb.secret", BBB_SECRET);
        MAIL_ACCOUNTS.forEach((name, address) -> {
            String prefix = "dsr.stores.mail.accounts." + name + ".";
            configuration.put(prefix + "host", infra.mailHost());
            configuration.put(prefix + "port", Integer.toString(infra.imapPort()));
            configuration.put(prefix + "ssl", "false");
            configuration.put(prefix + "login", address);
            configuration.put(prefix + "password", "local-stack");
            configuration.put(prefix + "address", address);
        });
        configuration.put("dsr.stores.mail.voicemail-sender-domains", "sipgate.de");
        return configuration;
    }

    private static void createSchema(Connection connection, String schema, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
            statement.execute("set search_path to " + schema);
            statement.execute(resource(script));
        }
    }

    private static String resource(String name) {
        try (InputStream in = DemoStores.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not on the classpath (connectors jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        bbb.close();
    }
}

package de.thwien.dsr.erasure.stores;

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
import java.util.Map;

/**
 * The embedded infrastructure plus both SQL stores with write credentials, each in its reference schema with its
 * demo data: Odoo 17 (crm/odoo, schema {@value #ODOO_SCHEMA}) and Greenlight 3.8 (conference/greenlight, schema
 * {@value #GREENLIGHT_SCHEMA}) with a BBB simulator holding the recordings of the rooms. Added to the demo data: a
 * posted invoice of 2014 with its PDF (a voucher whose hold has ended) and a recording BBB finished after
 * Greenlight's last RecordingsSync (no row yet).
 */
public class ReferenceStoresTestResource extends EmbeddedInfraTestResource {

    public static final String ODOO_SCHEMA = "odoo_reference";
    static final String GREENLIGHT_SCHEMA = "greenlight_reference";
    static final String ODOO_FILESTORE = "/var/lib/odoo/filestore/thwien";
    private static final String BBB_SECRET = "test-bbb-secret";

    private BbbApiSimulator bbb;

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
            seed(statement, ODOO_SCHEMA, "crm/odoo/schema.sql", "crm/odoo/seed.sql");
            statement.execute("""
                    insert into account_move (id, partner_id, commercial_partner_id, move_type, name, date, invoice_date,
                            amount_total, state, posted_before, invoice_partner_display_name, invoice_source_email)
                        values (8, 1, 1, 'out_invoice', 'INV/2014/0002', '2014-05-12', '2014-05-12', 80.00, 'posted',
                            true, 'Jana Becker', 'jana.becker@example.net');
                    insert into ir_attachment (id, name, res_model, res_id, type, store_fname, file_size, checksum,
                            mimetype, create_date)
                        values (3, 'INV_2014_0002.pdf', 'account.move', 8, 'binary',
                            '9a/9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b', 40211, '9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b',
                            'application/pdf', '2014-05-12 12:00:00');
                    """);
            seed(statement, GREENLIGHT_SCHEMA, "conference/greenlight/schema.sql", "conference/greenlight/seed.sql");
        } catch (SQLException e) {
            throw new IllegalStateException("reference stores not seeded", e);
        }
        bbb = BbbApiSimulator.start(BBB_SECRET);
        bbb.addRecording(recording("rec-jana-0001", "meeting-jana-1", true, "2024-01-20T09:00:00Z"));
        bbb.addRecording(recording("rec-jana-0002", "meeting-jana-1", false, "2024-01-22T14:00:00Z"));
        bbb.addRecording(recording("rec-jana-0003", "meeting-jana-1", true, "2024-03-05T10:00:00Z"));
        bbb.addRecording(recording("rec-lukas-0001", "meeting-lukas-1", true, "2024-02-10T13:00:00Z"));
        configuration.put("dsr.stores.crm.jdbc-url", jdbcUrl);
        configuration.put("dsr.stores.crm.username", user);
        configuration.put("dsr.stores.crm.password", password);
        configuration.put("dsr.stores.crm.schema", ODOO_SCHEMA);
        configuration.put("dsr.stores.crm.mapping", "crm/odoo/mapping.yaml");
        configuration.put("dsr.stores.crm.storage-root", ODOO_FILESTORE);
        configuration.put("dsr.stores.conference.jdbc-url", jdbcUrl);
        configuration.put("dsr.stores.conference.username", user);
        configuration.put("dsr.stores.conference.password", password);
        configuration.put("dsr.stores.conference.schema", GREENLIGHT_SCHEMA);
        configuration.put("dsr.stores.conference.mapping", "conference/greenlight/mapping.yaml");
        configuration.put("dsr.stores.conference.bbb.url", bbb.apiUrl().toString());
        configuration.put("dsr.stores.conference.bbb.secret", BBB_SECRET);
        return configuration;
    }

    @Override
    public void stop() {
        if (bbb != null) {
            bbb.close();
        }
        super.stop();
    }

    private static SimulatedRecording recording(String recordId, String meetingId, boolean published, String start) {
        Instant started = Instant.parse(start);
        return new SimulatedRecording(recordId, meetingId, "Meeting", published, started, started.plusSeconds(1800), 3);
    }

    private static void seed(Statement statement, String schema, String... scripts) throws SQLException {
        statement.execute("drop schema if exists " + schema + " cascade");
        statement.execute("create schema " + schema);
        statement.execute("set search_path to " + schema);
        for (String script : scripts) {
            statement.execute(resource(script));
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReferenceStoresTestResource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

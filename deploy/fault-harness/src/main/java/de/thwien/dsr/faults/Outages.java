package de.thwien.dsr.faults;

import de.thwien.dsr.infra.EmbeddedInfra;
import de.thwien.dsr.infra.InfraConfiguration;
import de.thwien.dsr.infra.test.RefusingProxy;
import java.util.Map;

/**
 * The proxies the services reach the infrastructure through, so the harness can make a part of it unreachable
 * while it keeps running: PostgreSQL (the services' schemas and the Greenlight store), the CRM database (the same
 * PostgreSQL, on its own proxy so it can go away alone), the BBB API, SMTP and IMAP.
 */
final class Outages implements AutoCloseable {

    private static final String CRM_JDBC_URL = "dsr.stores.crm.jdbc-url";
    private static final String BBB_URL = "dsr.stores.conference.bbb.url";

    final RefusingProxy database;
    private final RefusingProxy crm;
    private final RefusingProxy bbb;
    private final RefusingProxy smtp;
    private final RefusingProxy imap;
    private final int bbbPort;

    private Outages(EmbeddedInfra infra, int bbbPort) {
        this.database = RefusingProxy.to(infra.postgresPort());
        this.crm = RefusingProxy.to(infra.postgresPort());
        this.bbb = RefusingProxy.to(bbbPort);
        this.smtp = RefusingProxy.to(infra.smtpPort());
        this.imap = RefusingProxy.to(infra.imapPort());
        this.bbbPort = bbbPort;
    }

    /** Proxies in front of the infrastructure and of the BBB simulator that will listen on {@code bbbPort}. */
    static Outages inFrontOf(EmbeddedInfra infra, int bbbPort) {
        return new Outages(infra, bbbPort);
    }

    /** The services reach PostgreSQL, the CRM, the BBB API and the mail server only through the proxies. */
    Map<String, String> rewire(Map<String, String> configuration, EmbeddedInfra infra) {
        String proxied = jdbcUrl(infra, database);
        configuration.replaceAll((key, value) -> value.equals(infra.postgresJdbcUrl()) ? proxied : value);
        configuration.put(InfraConfiguration.POSTGRES_PORT, Integer.toString(database.port()));
        configuration.put(CRM_JDBC_URL, jdbcUrl(infra, crm));
        configuration.computeIfPresent(BBB_URL, (key, url) -> url.replace(":" + bbbPort + "/", ":" + bbb.port() + "/"));
        String smtpPort = Integer.toString(infra.smtpPort());
        String imapPort = Integer.toString(infra.imapPort());
        configuration.replaceAll((key, value) -> !key.endsWith("port") ? value
                : value.equals(smtpPort) ? Integer.toString(smtp.port())
                : value.equals(imapPort) ? Integer.toString(imap.port())
                : value);
        return configuration;
    }

    private static String jdbcUrl(EmbeddedInfra infra, RefusingProxy proxy) {
        return "jdbc:postgresql://" + infra.postgresHost() + ":" + proxy.port() + "/" + infra.postgresDatabase();
    }

    void mailDown() {
        smtp.refuse();
        imap.refuse();
    }

    void mailUp() {
        smtp.open();
        imap.open();
    }

    void storesDown() {
        crm.refuse();
        bbb.refuse();
    }

    void storesUp() {
        crm.open();
        bbb.open();
    }

    @Override
    public void close() {
        for (RefusingProxy proxy : new RefusingProxy[] {database, crm, bbb, smtp, imap}) {
            proxy.close();
        }
    }
}

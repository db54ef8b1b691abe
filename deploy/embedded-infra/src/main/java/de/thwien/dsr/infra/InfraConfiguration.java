package de.thwien.dsr.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration keys a running infrastructure hands to the services, whichever way it was started
 * (embedded or Testcontainers). Services map them onto their own settings in application.properties.
 */
public final class InfraConfiguration {

    public static final String POSTGRES_HOST = "dsr.postgres.host";
    public static final String POSTGRES_PORT = "dsr.postgres.port";
    public static final String POSTGRES_DATABASE = "dsr.postgres.database";
    public static final String POSTGRES_USERNAME = "dsr.postgres.username";
    public static final String POSTGRES_PASSWORD = "dsr.postgres.password";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    public static final String MAIL_HOST = "dsr.mail.host";
    public static final String MAIL_SMTP_PORT = "dsr.mail.smtp-port";
    public static final String MAIL_IMAP_PORT = "dsr.mail.imap-port";

    private InfraConfiguration() {
    }

    /** The full key set in a stable order, so printed configurations are easy to compare. */
    public static Map<String, String> of(String postgresHost, int postgresPort, String postgresDatabase,
            String postgresUsername, String postgresPassword, String kafkaBootstrapServers,
            String mailHost, int smtpPort, int imapPort) {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put(POSTGRES_HOST, postgresHost);
        configuration.put(POSTGRES_PORT, Integer.toString(postgresPort));
        configuration.put(POSTGRES_DATABASE, postgresDatabase);
        configuration.put(POSTGRES_USERNAME, postgresUsername);
        configuration.put(POSTGRES_PASSWORD, postgresPassword);
        configuration.put(KAFKA_BOOTSTRAP_SERVERS, kafkaBootstrapServers);
        configuration.put(MAIL_HOST, mailHost);
        configuration.put(MAIL_SMTP_PORT, Integer.toString(smtpPort));
        configuration.put(MAIL_IMAP_PORT, Integer.toString(imapPort));
        return java.util.Collections.unmodifiableMap(configuration);
    }
}

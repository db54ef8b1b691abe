package de.thwien.dsr.infra;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded infrastructure for the local stack until the process is killed (Ctrl-C/SIGTERM stop
 * it cleanly through the shutdown hook). Ports come from system properties, with fixed defaults so the
 * services' dev configuration can point at them:
 * {@code dsr.postgres.port} (15432), {@code kafka.port} (19092), {@code kafka.controller.port} (19093),
 * {@code dsr.mail.smtp-port} (3025), {@code dsr.mail.imap-port} (3143), {@code dsr.infra.data-dir}
 * (optional; keeps data across restarts).
 */
public final class EmbeddedInfraMain {

    private EmbeddedInfraMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // before anything logs: route JUL, SLF4J and log4j-api (Kafka) into JBoss LogManager
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        EmbeddedInfraOptions options = EmbeddedInfraOptions.localStackFromSystemProperties().withShutdownHook(true);

        EmbeddedInfra infra = EmbeddedInfra.start(options);
        infra.configuration().forEach((key, value) -> System.out.println(key + "=" + value));
        System.out.println("embedded infrastructure ready; stop with Ctrl-C");
        System.out.flush();
        new CountDownLatch(1).await();
    }
}

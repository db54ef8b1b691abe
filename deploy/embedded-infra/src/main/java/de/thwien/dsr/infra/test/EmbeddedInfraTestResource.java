package de.thwien.dsr.infra.test;

import de.thwien.dsr.infra.EmbeddedInfra;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} real PostgreSQL, Kafka and SMTP/IMAP:
 * {@code @QuarkusTestResource(EmbeddedInfraTestResource.class)} (or {@code @WithTestResource}).
 * The returned configuration uses the keys of {@link de.thwien.dsr.infra.InfraConfiguration}; a field of
 * type {@link Mailbox} in the test class is filled with a reader for the IMAP server.
 *
 * <p>Embedded (no Docker) by default; {@code -Ddsr.infra=testcontainers} uses PostgreSQL and Kafka
 * containers instead, where a Docker engine exists.
 */
public class EmbeddedInfraTestResource implements QuarkusTestResourceLifecycleManager {

    static final String MODE_PROPERTY = "dsr.infra";
    static final String TESTCONTAINERS_MODE = "testcontainers";

    /** The configuration of the infrastructure this JVM runs now (one at a time: one Quarkus app at a time). */
    private static volatile Map<String, String> current;

    private AutoCloseable running;
    private Mailbox mailbox;

    /**
     * The configuration of the running infrastructure, for a test resource that puts something in front of one of
     * its servers (e.g. a {@link RefusingProxy}); such a resource starts after this one ({@code order()} above 0).
     */
    public static Map<String, String> currentConfiguration() {
        Map<String, String> configuration = current;
        if (configuration == null) {
            throw new IllegalStateException("no embedded infrastructure runs: start this resource first");
        }
        return configuration;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> configuration;
        if (TESTCONTAINERS_MODE.equalsIgnoreCase(System.getProperty(MODE_PROPERTY, ""))) {
            // a separate class, so Testcontainers (an optional dependency) is only loaded in this mode
            TestcontainersInfra containers = TestcontainersInfra.start();
            running = containers;
            configuration = containers.configuration();
        } else {
            EmbeddedInfra infra = EmbeddedInfra.start();
            running = infra;
            configuration = infra.configuration();
        }
        mailbox = Mailbox.fromConfiguration(configuration);
        current = configuration;
        return configuration;
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(mailbox, new TestInjector.MatchesType(Mailbox.class));
    }

    @Override
    public void stop() {
        if (running == null) {
            return;
        }
        current = null;
        try {
            running.close();
        } catch (Exception e) {
            throw new IllegalStateException("test infrastructure did not stop cleanly", e);
        } finally {
            running = null;
        }
    }
}

package de.thwien.dsr.localstack;

import de.thwien.dsr.infra.EmbeddedInfraOptions;
import de.thwien.dsr.localstack.demo.DemoData;
import de.thwien.dsr.localstack.demo.DemoStores;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local stack until Ctrl-C. Ports are system properties: those of
 * {@link EmbeddedInfraOptions#localStackFromSystemProperties()} and dsr.intake.port (8081),
 * dsr.subject-index.port (8082), dsr.erasure.port (8083), dsr.notifier.port (8084). Service logs go to
 * {@code deploy/local-stack/target/logs}.
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("dsr.project.root", ".")).toAbsolutePath().normalize();
        Path logs = root.resolve("deploy/local-stack/target/logs");
        // the launcher's own hook below stops the services before the infrastructure
        EmbeddedInfraOptions infraOptions = EmbeddedInfraOptions.localStackFromSystemProperties()
                .withShutdownHook(false);

        PrintStream out = System.out;
        Instant startedAt = Instant.now();
        out.println("Starting embedded PostgreSQL, Kafka, GreenMail and the four services ...");
        LocalStack stack = LocalStack.start(infraOptions, ServiceDefinition.defaults(), root, logs,
                (component, sinceStart) -> {
                    out.printf("  ready after %5.1f s: %s%n", sinceStart.toMillis() / 1000.0, component);
                    out.flush();
                });
        Duration startup = Duration.between(startedAt, Instant.now());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the local stack ...");
            stack.close();
            stopped.countDown();
        }, "local-stack-shutdown"));

        out.println();
        out.printf("DSR local stack is running (started in %.1f s).%n", startup.toMillis() / 1000.0);
        out.printf("  %-22s %s/dashboard  (public request form %s/request)%n", "dashboard",
                stack.service("intake-service").service().baseUrl(), stack.service("intake-service").service().baseUrl());
        for (ServiceProcess service : stack.services()) {
            out.printf("  %-22s %s  (Swagger UI %s/q/swagger-ui, log %s)%n", service.service().name(),
                    service.service().baseUrl(), service.service().baseUrl(), service.logFile());
        }
        var infra = stack.infra();
        out.printf("  PostgreSQL             127.0.0.1:%d database %s user %s%n", infra.postgresPort(),
                infra.postgresDatabase(), infra.postgresUsername());
        out.printf("  Kafka                  %s%n", infra.kafkaBootstrapServers());
        out.printf("  SMTP / IMAP            127.0.0.1:%d / 127.0.0.1:%d (any login, e.g. curl imap://127.0.0.1:%d/INBOX"
                + " -u 'you@example.org:x')%n", infra.smtpPort(), infra.imapPort(), infra.imapPort());
        out.println("  Demo logins            assistant / demo-assistant (role assistant), owner / demo-owner (admin)");
        out.printf("  Demo stores            CRM schema %s and Greenlight schema %s in PostgreSQL; BBB API simulator %s%n",
                DemoStores.CRM_SCHEMA, DemoStores.GREENLIGHT_SCHEMA, stack.demo().bbb().apiUrl());
        out.printf("  Demo mailboxes         %s and %s (Inbox, Sent), privacy mailbox %s (polled by intake)%n",
                DemoData.INFO, DemoData.THOMAS, DemoData.PRIVACY);
        out.printf("  Walk-through           mail \"Bitte löschen Sie alle meine Daten\" from %s to %s over SMTP%n",
                DemoData.KATRIN_VOGEL.email(), DemoData.PRIVACY);
        out.println("Stop with Ctrl-C.");
        out.flush();
        stopped.await();
    }
}

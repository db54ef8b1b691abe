package de.thwien.dsr.notifier.delivery;

import de.thwien.dsr.platform.health.DependencyWatch;
import de.thwien.dsr.platform.health.SmtpGreeting;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server the notices go out through (quarkus.mailer.host/port) in the wellness health group
 * ({@value DependencyWatch#PATH}): greeting and EHLO every {@code dsr.health.check-every}, no mail sent.
 */
@Startup
@ApplicationScoped
public class SmtpHealth {

    static final String SMTP = "smtp";

    private final DependencyWatch watch;

    public SmtpHealth(@ConfigProperty(name = "quarkus.mailer.host") String host,
            @ConfigProperty(name = "quarkus.mailer.port") int port, Clock clock,
            @Wellness HealthRegistry registry, MeterRegistry meters,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        watch = new DependencyWatch(clock).watch(SMTP, new SmtpGreeting(host, port, Duration.ofSeconds(10)));
        watch.registerIn(registry, meters, service);
    }

    @Scheduled(every = "${dsr.health.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        watch.checkAll();
    }
}

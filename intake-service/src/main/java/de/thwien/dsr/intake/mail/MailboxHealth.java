package de.thwien.dsr.intake.mail;

import de.thwien.dsr.platform.health.DependencyState;
import de.thwien.dsr.platform.health.DependencyWatch;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The privacy mailbox (when mailbox intake is on) in the wellness health group ({@value DependencyWatch#PATH}): an
 * IMAP login every {@code dsr.health.check-every}, no folder opened. intake-service sends no mail itself.
 */
@Startup
@ApplicationScoped
public class MailboxHealth {

    /** The name of the check, and of its line on the dashboard. */
    public static final String PRIVACY_MAILBOX = "privacy-mailbox";

    private final MailboxConfig config;
    private final DependencyWatch watch;

    public MailboxHealth(MailboxConfig config, Clock clock, @Wellness HealthRegistry registry, MeterRegistry meters,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.config = config;
        watch = new DependencyWatch(clock);
        if (config.enabled()) {
            watch.watch(PRIVACY_MAILBOX, this::login);
        }
        watch.registerIn(registry, meters, service);
    }

    @Scheduled(every = "${dsr.health.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        watch.checkAll();
    }

    /** The last check of each watched mailbox, for the dashboard. */
    public Map<String, DependencyState> states() {
        return watch.states();
    }

    private void login() throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail." + config.protocol() + ".connectiontimeout", "10000");
        properties.put("mail." + config.protocol() + ".timeout", "10000");
        try (Store store = Session.getInstance(properties).getStore(config.protocol())) {
            store.connect(config.host(), config.port(), config.username(), config.password());
        }
    }
}

package de.thwien.dsr.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;

/**
 * What {@link EventInbox} counts per topic: {@code dsr_inbox_retries_total} (another attempt at an effect that
 * failed) and {@code dsr_inbox_dead_letters_total} (records given to the dead-letter topic), labelled with service
 * and topic. The topics of the service's incoming channels are registered at start, so they read 0 until something
 * happens.
 */
@Startup
@ApplicationScoped
public class InboxMeters {

    private static final String INCOMING = "mp.messaging.incoming.";

    private final MeterRegistry registry;
    private final String service;

    public InboxMeters(MeterRegistry registry, Config config) {
        this.registry = registry;
        this.service = config.getValue("quarkus.application.name", String.class);
        StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(INCOMING) && name.endsWith(".topic")
                        && !name.endsWith("dead-letter-queue.topic"))
                .map(name -> config.getOptionalValue(name, String.class).orElse(""))
                .filter(topic -> !topic.isBlank())
                .distinct()
                .forEach(topic -> {
                    retries(topic);
                    deadLetters(topic);
                });
    }

    Counter retries(String topic) {
        return Counter.builder("dsr.inbox.retries")
                .description("Another attempt at applying an event whose effect failed")
                .tags("service", service, "topic", topic)
                .register(registry);
    }

    Counter deadLetters(String topic) {
        return Counter.builder("dsr.inbox.dead.letters")
                .description("Records that failed for good and went to the topic's dead-letter topic")
                .tags("service", service, "topic", topic)
                .register(registry);
    }
}

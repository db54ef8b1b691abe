package de.thwien.dsr.infra;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the chatty broker, controller and postgres-process loggers down to WARN, unless someone already
 * configured a level for them (e.g. {@code quarkus.log.category."kafka".level=DEBUG} while debugging).
 * Kafka logs via SLF4J/log4j-api, both routed into JBoss LogManager, which is the JUL LogManager here.
 */
final class QuietLogging {

    private static final List<String> NOISY_CATEGORIES = List.of(
            "kafka",
            "state.change.logger",
            "org.apache.kafka.server",
            "org.apache.kafka.controller",
            "org.apache.kafka.raft",
            "org.apache.kafka.metadata",
            "org.apache.kafka.image",
            "org.apache.kafka.storage",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.network",
            "org.apache.kafka.common.network",
            "org.apache.kafka.common.security",
            "org.apache.kafka.common.metrics",
            "org.apache.kafka.common.utils.AppInfoParser",
            // dumps every broker, admin and client configuration at INFO: hundreds of lines per start
            "org.apache.kafka.common.config.AbstractConfig",
            "org.apache.kafka.queue",
            "io.zonky.test.db.postgres",
            "com.icegreen.greenmail");

    /** Held on purpose: JUL keeps loggers weakly, a collected logger would forget its level. */
    private static final List<Logger> QUIETED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private QuietLogging() {
    }

    static void apply() {
        for (String category : NOISY_CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
                QUIETED.add(logger);
            }
        }
    }
}

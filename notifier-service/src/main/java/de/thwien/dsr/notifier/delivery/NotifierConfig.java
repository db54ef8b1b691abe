package de.thwien.dsr.notifier.delivery;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "dsr.notifier")
public interface NotifierConfig {

    /** SMTP tries before a notice counts as failed and the assistant is alerted. */
    int maxAttempts();

    /** Wait before the first retry; it doubles with every further try. */
    Duration firstRetryDelay();

    /** Right-hand side of generated Message-IDs. */
    String messageIdDomain();
}

package de.thwien.dsr.notifier.delivery;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "dsr.notifier")
public interface NotifierConfig {

    /** SMTP tries before a notice counts as failed and the assistant is alerted. */
    int maxAttempts();

    /** Wait before the first retry; it doubles with every further try. */
    Duration firstRetryDelay();

    /** How long one SMTP attempt may take before it counts as failed and is retried. */
    @io.smallrye.config.WithDefault("PT30S")
    Duration sendTimeout();

    /**
     * How long a claimed notice (SENDING) belongs to the instance that claimed it; after that a crashed
     * instance's claim is taken over and the notice sent (again, with the same Message-ID). Must be well
     * above a batch's sending time.
     */
    @io.smallrye.config.WithDefault("PT5M")
    Duration staleClaim();

    /** Right-hand side of generated Message-IDs. */
    String messageIdDomain();

    /** Where the daily digest and the alert about a notice that failed for good go. */
    String assistantEmail();

    /** Language of the assistant's mails. */
    String assistantLanguage();

    FirstContact firstContact();

    interface FirstContact {
        /**
         * Addresses ({@code a@b.de}), local parts ({@code noreply@}) or domains ({@code @b.de}) that never
         * get an Art. 13 notice.
         */
        List<String> suppressed();
    }
}

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
     * instance's claim is taken over: the notice is sent unless {@link SentReceipts} shows it went out. Must be
     * well above a batch's sending time.
     */
    @io.smallrye.config.WithDefault("PT5M")
    Duration staleClaim();

    /**
     * How many notices are sent at once (each its own SMTP conversation; one case's notices one after the
     * other). The SMTP client's connection pool ({@code quarkus.mailer.max-pool-size}, 10) bounds it too.
     */
    @io.smallrye.config.WithDefault("4")
    int parallelSends();

    /** How often due notices are claimed and sent ({@link NoticeDispatcher}; the scheduler reads the key itself). */
    @io.smallrye.config.WithDefault("1s")
    String dispatchInterval();

    /**
     * The privacy mailbox that intake polls: every notice's envelope sender (SMTP {@code MAIL FROM}, the
     * {@code Return-Path}), so that bounces come back there, and its {@code Reply-To}, so that replies do too.
     */
    String privacyMailbox();

    /** Right-hand side of generated Message-IDs. */
    String messageIdDomain();

    /** Where the daily digest and the alert about a notice that failed for good go. */
    String assistantEmail();

    /** Language of the assistant's mails. */
    String assistantLanguage();

    FirstContact firstContact();

    /** The receipt mailbox ({@link SentReceipts}): a blind copy of every notice, read over IMAP before a retry. */
    Receipts receipts();

    interface Receipts {
        /** Address on the operator's own mail server that gets the blind copy of every notice. */
        String address();

        /** IMAP server of that mailbox. */
        String host();

        int port();

        /** {@code imap}, or {@code imaps} for TLS. */
        String protocol();

        String username();

        String password();

        /** Folder the copies arrive in. */
        String folder();

        /** How long a copy is kept; it is only needed while its notice may still be retried. */
        Duration keepFor();
    }

    interface FirstContact {
        /**
         * Addresses ({@code a@b.de}), local parts ({@code noreply@}) or domains ({@code @b.de}) that never
         * get an Art. 13 notice.
         */
        List<String> suppressed();
    }
}

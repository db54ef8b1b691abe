package de.thwien.dsr.intake.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The request mailbox (e.g. the privacy address) polled over IMAP. */
@ConfigMapping(prefix = "dsr.mailbox")
public interface MailboxConfig {

    /** Off unless configured: a service without a mailbox only takes web-form requests. */
    @WithDefault("false")
    boolean enabled();

    String host();

    int port();

    /** {@code imap} or {@code imaps}. */
    @WithDefault("imap")
    String protocol();

    String username();

    String password();

    @WithDefault("INBOX")
    String inbox();

    /** Where mail that became a case is moved. */
    @WithDefault("Processed")
    String processedFolder();

    /** Where mail that could not be read, or failed twice, is moved; the assistant sees it in /api/mail-failures. */
    @WithDefault("Errors")
    String errorFolder();

    /** Where automatic mail (RFC 3834: auto-replies, bounces, lists) is moved; listed in /api/mail-failures. */
    @WithDefault("DSR-Automatic")
    String automaticFolder();

    /**
     * Where a mail that names a case but comes from another address than the requester's is moved; listed in
     * /api/mail-failures for the assistant to attach it, open a case for it or mark it handled.
     */
    @WithDefault("DSR-Triage")
    String triageFolder();

    /**
     * How long before a delivery report that names no Message-ID a notice to the same requester may have gone out
     * to be the one it reports on ({@link DeliveryReports}); servers retry for up to five days.
     */
    @WithDefault("P7D")
    Duration deliveryReportMatchWindow();

    /** Scheduler interval, e.g. {@code 30s}. */
    @WithDefault("30s")
    String pollInterval();
}

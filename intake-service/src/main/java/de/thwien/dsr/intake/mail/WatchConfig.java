package de.thwien.dsr.intake.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * Further mailboxes of the controller (e.g. {@code info@}, {@code thomas@}) on the request mailbox's server, watched for
 * data-subject requests that went to the wrong address (Art. 12(3) runs from their arrival there). None by default:
 * {@code dsr.watch.mailboxes.<name>.username} and {@code .password} add one. Watched mail is only read, never
 * moved, flagged or deleted: the mailboxes belong to people.
 */
@ConfigMapping(prefix = "dsr.watch")
public interface WatchConfig {

    /** The watched mailboxes by a short name of their own (shown in triage), e.g. {@code info}. */
    Map<String, WatchedMailbox> mailboxes();

    /** Scheduler interval, e.g. {@code 60s}. */
    @WithDefault("60s")
    String pollInterval();

    /** One watched mailbox: its login and the folder whose mail is read. */
    interface WatchedMailbox {

        String username();

        String password();

        @WithDefault("INBOX")
        String folder();
    }
}

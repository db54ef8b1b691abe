package de.thwien.dsr.intake.mail;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How often a mail in the inbox failed to become a case ({@code mail_intake_attempt}), by the IMAP server's name
 * for it: folder, UIDVALIDITY and UID, which the sender cannot choose and the server never gives another mail.
 * In the database, so that a restart or another instance continues the count. Blocking: for the poller's thread.
 */
@ApplicationScoped
public class MailAttempts {

    private static final String COUNT = "insert into mail_intake_attempt (mailbox_ref, failures, last_reason,"
            + " last_failed_at) values ($1, 1, $2, $3) on conflict (mailbox_ref) do update set"
            + " failures = mail_intake_attempt.failures + 1, last_reason = excluded.last_reason,"
            + " last_failed_at = excluded.last_failed_at returning failures";

    private final Pool pool;
    private final Clock clock;

    public MailAttempts(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Counts one more failure of the mail; returns how many it has had. */
    public int failed(String mailboxRef, String reason) {
        return pool.preparedQuery(COUNT)
                .execute(Tuple.of(mailboxRef, reason, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .await().indefinitely().iterator().next().getInteger(0);
    }

    /** The mail left the inbox: its count is no longer needed (the server never gives its name to another). */
    public void forget(String mailboxRef) {
        pool.preparedQuery("delete from mail_intake_attempt where mailbox_ref = $1").execute(Tuple.of(mailboxRef))
                .await().indefinitely();
    }
}

package de.thwien.dsr.intake.mail;

import de.thwien.dsr.platform.jobs.DatabaseOutage;
import java.util.concurrent.TimeoutException;

/**
 * Whether a mail that failed to become a case failed by itself, or because the infrastructure did. Only the
 * first counts towards the error folder: a mail must not leave the inbox because the database was away.
 *
 * <p>Why by the kind of failure: a case from mail needs IMAP and PostgreSQL only (Kafka gets the event later,
 * from the outbox), and an IMAP failure ends the poll before anything is counted. What is left are database
 * failures: unreachable ({@link DatabaseOutage}), timed out, short of resources (SQLSTATE class 53), a
 * serialisation failure or deadlock (40) or a cancelled statement (57). Those say nothing about the mail. Any
 * other failure, whatever the cause, is the mail's; and since the count is written to the same database right
 * afterwards, a database that cannot take the count does not count it either.
 */
final class MailFault {

    private static final int MAX_REASON_CHARS = 500;

    private MailFault() {
    }

    static boolean ofTheMail(Throwable failure) {
        if (DatabaseOutage.causedBy(failure)) {
            return false;
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return false;
            }
            String sqlState = DatabaseOutage.sqlStateOf(cause);
            if (sqlState != null && (sqlState.startsWith("53") || sqlState.startsWith("40")
                    || sqlState.startsWith("57"))) {
                return false;
            }
        }
        return true;
    }

    /** The innermost cause, technically, for the assistant's triage list (never logged: it may quote a header). */
    static String reasonOf(Throwable failure) {
        Throwable root = failure;
        String sqlState = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            root = cause;
            sqlState = sqlState != null ? sqlState : DatabaseOutage.sqlStateOf(cause);
        }
        // in words the assistant can pass on, not an exception's "Class: message" (which reads as a stack trace)
        String kind = sqlState != null ? "database error " + sqlState : root.getClass().getSimpleName();
        return bounded(root.getMessage() == null ? kind : kind + " - " + root.getMessage());
    }

    /** A reason short enough for the triage list; a header quoted in an exception may be thousands of characters. */
    static String bounded(String reason) {
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…";
    }
}

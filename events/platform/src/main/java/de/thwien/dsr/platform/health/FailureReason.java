package de.thwien.dsr.platform.health;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;

/**
 * A failed check in words for the operator, built from the exception types only: a server's own message can quote
 * a login or an address, so it is never shown. A {@link ReportableFailure} says its own words.
 */
public final class FailureReason {

    private FailureReason() {
    }

    public static String of(Throwable failure) {
        return of(failure, "failed (" + failure.getClass().getSimpleName() + ")");
    }

    /** As {@link #of(Throwable)}, with {@code otherwise} (words free of personal data) for a failure of no known kind. */
    public static String of(Throwable failure, String otherwise) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String words = words(cause);
            if (words != null) {
                return words;
            }
        }
        return otherwise;
    }

    private static String words(Throwable cause) {
        if (cause instanceof ReportableFailure reportable) {
            return reportable.getMessage();
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return "connection refused";
        }
        if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (cause instanceof UnknownHostException) {
            return "host unknown";
        }
        String type = cause.getClass().getSimpleName();
        if (type.equals("AuthenticationFailedException")) {
            return "login refused";
        }
        if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
            // class 08: connection exception, 28: invalid authorization
            if (sql.getSQLState().startsWith("08")) {
                return "connection refused";
            }
            if (sql.getSQLState().startsWith("28")) {
                return "login refused";
            }
        }
        return null;
    }

    /** A failure whose message was written for the operator and names no person (e.g. an API's answer code). */
    public static class ReportableFailure extends Exception {

        public ReportableFailure(String words) {
            super(words);
        }
    }
}

package de.thwien.dsr.platform.problem;

/**
 * A service refuses what it was asked, in the words of its domain (an unknown case, an action its state does not
 * allow, input that breaks a rule). Services throw a subclass named for the reason ({@code CaseNotFound},
 * {@code PlanItemConflict}); the edge ({@link ProblemMappers}) turns it into problem+json with the status of its
 * {@link Kind}. The message is the problem's detail: it names states, fields and rules, never personal data.
 */
public abstract class Refusal extends RuntimeException {

    /** Why the request is refused, which decides the HTTP status at the edge. */
    public enum Kind {
        /** The input breaks a rule (400). */
        INVALID(400),
        /** The thing asked for does not exist, or not for this caller (404). */
        NOT_FOUND(404),
        /** The thing's current state does not allow it (409). */
        CONFLICT(409),
        /** The thing existed and is gone for good, e.g. an expired link (410). */
        GONE(410),
        /** Too many attempts in a short time (429). */
        TOO_MANY(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String title;

    protected Refusal(Kind kind, String message) {
        this(kind, null, message);
    }

    /** @param title the problem's title where the status' own phrase says too little ("Link expired") */
    protected Refusal(Kind kind, String title, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    /** The problem's title; the status' reason phrase when none is given. */
    public String title() {
        return title;
    }
}

package de.thwien.dsr.intake.requests;

import de.thwien.dsr.platform.problem.Refusal;

/** The web form took too many requests from this client, for this mailbox or this domain in the window; HTTP 429. */
public class TooManySubmissions extends Refusal {

    private final long retryAfterSeconds;

    TooManySubmissions(long retryAfterSeconds) {
        super(Kind.TOO_MANY, "Too many requests in a short time. Please try again in " + retryAfterSeconds
                + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** When the refused limit takes requests again, for the Retry-After header. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

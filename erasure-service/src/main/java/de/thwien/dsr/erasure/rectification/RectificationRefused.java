package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.platform.problem.Refusal;

/** A rectification request the plan does not allow; the message names states and fields, never values or persons. */
public class RectificationRefused extends Refusal {

    private RectificationRefused(Kind kind, String message) {
        super(kind, message);
    }

    static RectificationRefused notFound(String message) {
        return new RectificationRefused(Kind.NOT_FOUND, message);
    }

    static RectificationRefused conflict(String message) {
        return new RectificationRefused(Kind.CONFLICT, message);
    }

    static RectificationRefused invalid(String message) {
        return new RectificationRefused(Kind.INVALID, message);
    }
}

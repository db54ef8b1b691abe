package de.thwien.dsr.intake.casework;

import java.time.Instant;

/** The complete record of a case for accountability (Art. 5(2)): the case, the request text, everything that happened. */
public record CaseFile(Instant exportedAt, CaseView caseView, String message, Verification verification) {

    /** How identity verification went; links themselves are never exported. */
    public record Verification(Instant requestedAt, Instant expiresAt, Instant remindedAt, Instant verifiedAt,
            String method, Instant expiredAt) {
    }
}

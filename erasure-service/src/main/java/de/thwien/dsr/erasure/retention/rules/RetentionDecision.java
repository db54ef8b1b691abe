package de.thwien.dsr.erasure.retention.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the deletion concept says about one document on one day: erase now, or restrict
 * (Art. 18 GDPR) until {@code holdUntil} and erase from {@code erasableFrom}.
 */
public record RetentionDecision(Decision decision, LocalDate holdUntil, LocalDate erasableFrom, String legalBasis) {

    public enum Decision { ERASE, RESTRICT }

    public RetentionDecision {
        Objects.requireNonNull(decision, "decision");
        if (decision == Decision.RESTRICT
                && (holdUntil == null || erasableFrom == null || legalBasis == null)) {
            throw new IllegalArgumentException("a restriction needs holdUntil, erasableFrom and a legal basis");
        }
    }

    public static RetentionDecision erase() {
        return new RetentionDecision(Decision.ERASE, null, null, null);
    }

    public static RetentionDecision restrict(LocalDate erasableFrom, String legalBasis) {
        return new RetentionDecision(Decision.RESTRICT, erasableFrom.minusDays(1), erasableFrom, legalBasis);
    }

    public boolean restricts() {
        return decision == Decision.RESTRICT;
    }
}

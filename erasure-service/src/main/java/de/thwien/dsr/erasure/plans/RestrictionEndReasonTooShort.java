package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.problem.Refusal;

/** A statement why a restriction ends whose reason is no real sentence (too short once trimmed, or no words); HTTP 400. */
public class RestrictionEndReasonTooShort extends Refusal {

    RestrictionEndReasonTooShort() {
        super(Kind.INVALID, "the reason must say in a sentence why the restriction ends: at least "
                + WrittenReason.MINIMUM_LENGTH + " characters and " + WrittenReason.MINIMUM_WORDS
                + " words, leading and trailing spaces not counted");
    }
}

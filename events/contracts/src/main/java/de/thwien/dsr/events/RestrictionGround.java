package de.thwien.dsr.events;

/**
 * Why a requester asks for restriction (Art. 18(1) GDPR), as a stable code a notice words in its language. The ground
 * decides how long the restriction lasts and what ends it ({@link RestrictionEnd}): {@link #ACCURACY_CONTESTED} until
 * the accuracy check is finished, the others until their own reason to end is recorded and the assistant lifts it;
 * every lift is told to her first (Art. 18(3)).
 */
public enum RestrictionGround {
    /** Art. 18(1)(a): she contests the accuracy, for the time we need to verify it. */
    ACCURACY_CONTESTED('a'),
    /** Art. 18(1)(b): the processing is unlawful and she asks for restriction instead of erasure. */
    UNLAWFUL_PROCESSING('b'),
    /** Art. 18(1)(c): we no longer need the data, she needs them for legal claims. */
    NEEDED_FOR_LEGAL_CLAIMS('c'),
    /** Art. 18(1)(d): she objected (Art. 21(1)), pending the check whether our grounds override hers. */
    OBJECTION_PENDING('d');

    private final char letter;

    RestrictionGround(char letter) {
        this.letter = letter;
    }

    /** The letter of Art. 18(1) GDPR. */
    public char letter() {
        return letter;
    }

    /** Whether the restriction lasts for the accuracy check (18(1)(a)), and ends with its result. */
    public boolean endsWithAccuracyCheck() {
        return this == ACCURACY_CONTESTED;
    }
}

package de.thwien.dsr.events;

/**
 * Why a restriction she asked for (Art. 18(1) GDPR) ends: each ground ends only for reasons of its own, and a lift
 * needs one of them, so the notice before the lift (Art. 18(3)) states the true reason and never a check that did
 * not happen. Most are the assistant's statement with a reason; {@link #RECTIFIED} only ever comes from a completed
 * rectification of her records.
 */
public enum RestrictionEnd {
    /** (a) The accuracy check found her data accurate: the assistant's statement, or a rectification "no change". */
    CONFIRMED_ACCURATE(RestrictionGround.ACCURACY_CONTESTED, true),
    /** (a) The accuracy check ended with her records rectified (Art. 16): only a completed rectification says so. */
    RECTIFIED(RestrictionGround.ACCURACY_CONTESTED, false),
    /** (b) She withdrew her request for restriction herself, or agreed to the lift. */
    REQUEST_WITHDRAWN(RestrictionGround.UNLAWFUL_PROCESSING, true),
    /** (b) She consented to the processing of the restricted data (Art. 18(2)). */
    CONSENT_GIVEN(RestrictionGround.UNLAWFUL_PROCESSING, true),
    /** (c) She told us she no longer needs the data for legal claims. */
    CLAIMS_NO_LONGER_NEEDED(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS, true),
    /**
     * (d) The weighing of her objection (Art. 21(1)) is done: our compelling legitimate grounds override hers; the
     * assistant writes them down and the notice gives them. Where her objection prevails there is no lift.
     */
    OVERRIDING_GROUNDS(RestrictionGround.OBJECTION_PENDING, true);

    private final RestrictionGround ground;
    private final boolean statable;

    RestrictionEnd(RestrictionGround ground, boolean statable) {
        this.ground = ground;
        this.statable = statable;
    }

    /** The ground this reason ends; on any other it is no reason to lift. */
    public RestrictionGround ground() {
        return ground;
    }

    /** Whether the assistant may state it; {@link #RECTIFIED} is only a completed rectification's result. */
    public boolean statableByAssistant() {
        return statable;
    }

    /** Whether it ends a restriction on {@code restrictionGround}. */
    public boolean ends(RestrictionGround restrictionGround) {
        return ground == restrictionGround;
    }
}

package de.thwien.dsr.events;

/**
 * The result of the accuracy check that ends a restriction on ground Art. 18(1)(a) GDPR (accuracy contested): the
 * data were found accurate, or they were rectified. A lift on that ground needs one of them; the notice before the
 * lift (Art. 18(3)) states which, never a check that did not happen.
 */
public enum AccuracyCheck {
    /** Checked: the data are accurate and stay as they are. */
    CONFIRMED_ACCURATE,
    /** Checked: inaccurate data were rectified (Art. 16 GDPR). */
    RECTIFIED
}

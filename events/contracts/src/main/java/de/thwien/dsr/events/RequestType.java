package de.thwien.dsr.events;

/** The data-subject rights a case can be about (LEGAL.md §1). */
public enum RequestType {
    /** Art. 15 GDPR. */
    ACCESS,
    /** Art. 17 GDPR. */
    ERASURE,
    /** Art. 7(3) GDPR. */
    CONSENT_WITHDRAWAL,
    /** Art. 16 GDPR, handled by the assistant. */
    RECTIFICATION,
    /** Art. 18 GDPR, handled by the assistant. */
    RESTRICTION,
    /** Art. 20 GDPR: what she provided, processed on consent or contract, as JSON and CSV behind a link. */
    PORTABILITY,
    /**
     * Art. 21 GDPR: objection to processing on a legitimate interest (Art. 6(1)(f)); the assistant decides per purpose
     * whether it stops or continues on compelling grounds; direct marketing (Art. 21(2)–(3)) always stops.
     */
    OBJECTION,
    /** Mail whose request type could not be recognised; the assistant triages it. */
    UNCLASSIFIED
}

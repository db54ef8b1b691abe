package de.thwien.dsr.connectors.identity;

import de.thwien.dsr.events.Finding.MatchStrength;

/** What an index key was made from, and so how sure a match on it is. */
public enum IdentifierKind {
    /** Canonical e-mail address: an exact match is STRONG. */
    EMAIL(MatchStrength.STRONG),
    /** E.164 phone number: an exact match is STRONG. */
    PHONE(MatchStrength.STRONG),
    /** Folded name tokens: a name alone can belong to a stranger, so WEAK. */
    NAME(MatchStrength.WEAK),
    /** Kölner Phonetik codes of the name tokens: fuzzy, so WEAK. */
    NAME_PHONETIC(MatchStrength.WEAK);

    private final MatchStrength strength;

    IdentifierKind(MatchStrength strength) {
        this.strength = strength;
    }

    public MatchStrength strength() {
        return strength;
    }
}

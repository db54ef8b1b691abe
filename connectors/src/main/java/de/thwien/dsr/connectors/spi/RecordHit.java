package de.thwien.dsr.connectors.spi;

import de.thwien.dsr.events.Finding.MatchStrength;

/** An index hit to confirm in the live store: a record reference and how sure the match is. */
public record RecordHit(String reference, MatchStrength strength) {
}

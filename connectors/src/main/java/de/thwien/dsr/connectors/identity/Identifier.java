package de.thwien.dsr.connectors.identity;

import de.thwien.dsr.events.Finding.MatchStrength;

import java.util.Objects;

/** A normalised identifier: the same person gives the same key in every store. */
public record Identifier(IdentifierKind kind, String key) {

    public Identifier {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("identifier key must not be blank");
        }
    }

    public MatchStrength strength() {
        return kind.strength();
    }

    @Override
    public String toString() {
        // never the key: identifiers are personal data and records end up in logs
        return "Identifier[" + kind + "]";
    }
}

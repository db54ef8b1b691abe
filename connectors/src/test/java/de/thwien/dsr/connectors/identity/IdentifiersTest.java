package de.thwien.dsr.connectors.identity;

import de.thwien.dsr.events.Finding.MatchStrength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class IdentifiersTest {

    @Test
    void emailAndPhoneAreStrongNamesAreWeak() {
        assertThat(Identifiers.of("Anna+x@Example.de", "0221 12345678", "Anna Schmidt"))
                .extracting(Identifier::kind, Identifier::strength)
                .containsExactly(
                        tuple(IdentifierKind.EMAIL, MatchStrength.STRONG),
                        tuple(IdentifierKind.PHONE, MatchStrength.STRONG),
                        tuple(IdentifierKind.NAME, MatchStrength.WEAK),
                        tuple(IdentifierKind.NAME_PHONETIC, MatchStrength.WEAK));
    }

    @Test
    void missingValuesGiveNoKeys() {
        assertThat(Identifiers.of(null, "", "Anna")).isEmpty();
    }

    @Test
    void anIdentifierNeverPrintsItsKey() {
        assertThat(new Identifier(IdentifierKind.EMAIL, "anna@example.de").toString()).doesNotContain("anna");
    }
}

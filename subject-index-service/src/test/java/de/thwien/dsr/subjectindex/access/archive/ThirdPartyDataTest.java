package de.thwien.dsr.subjectindex.access.archive;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ThirdPartyDataTest {

    private static final String REQUESTER = "mira.hansen@example.com";
    private static final List<String> OWN = List.of("thwien.example", "privacy@operator.example");

    @Test
    void anotherPersonsAddressInCcIsFound() {
        ThirdPartyData data = ThirdPartyData.in(Map.of("from", "\"Mira Hansen\" <mira.hansen@example.com>",
                "to", "info@thwien.example", "cc", "\"Paul Kramer\" <paul.kramer@example.org>",
                "body", "Hallo"), REQUESTER, OWN);

        assertThat(data.found()).isTrue();
    }

    @Test
    void aMailOnlyBetweenTheRequesterAndTheOperatorHoldsNoOtherPersonsData() {
        ThirdPartyData data = ThirdPartyData.in(Map.of("from", "\"Mira Hansen\" <MIRA.Hansen+shop@Example.com>",
                "to", "info@thwien.example", "replyTo", "privacy@operator.example",
                "body", "Bitte an mira.hansen@example.com oder info@thwien.example antworten."), REQUESTER, OWN);

        assertThat(data.found()).isFalse();
    }

    @Test
    void anAddressInTheTextOrReplyToIsFound() {
        assertThat(ThirdPartyData.in(Map.of("from", REQUESTER, "body", "Schreiben Sie paul@example.org"),
                REQUESTER, OWN).found()).isTrue();
        assertThat(ThirdPartyData.in(Map.of("from", REQUESTER, "replyTo", "assistenz@example.org"),
                REQUESTER, OWN).found()).isTrue();
    }

    @Test
    void anOwnAddressOutsideTheOwnDomainsCountsAsAnotherPersons() {
        assertThat(ThirdPartyData.in(Map.of("from", REQUESTER, "to", "thomas@operator.example"), REQUESTER, OWN)
                .found()).isTrue();
    }

    @Test
    void redactingReplacesTheOtherPersonsAddressAndHeaderNameEverywhere() {
        ThirdPartyData data = ThirdPartyData.in(Map.of("from", "\"Mira Hansen\" <mira.hansen@example.com>",
                "cc", "\"Paul Kramer\" <paul.kramer@example.org>",
                "body", "Paul Kramer (paul.kramer@example.org) kommt auch."), REQUESTER, OWN);

        assertThat(data.redact("\"Paul Kramer\" <paul.kramer@example.org>"))
                .isEqualTo("\"████\" <████>");
        assertThat(data.redact("PAUL KRAMER (paul.kramer@example.org) kommt auch, Mira Hansen auch."))
                .isEqualTo("████ (████) kommt auch, Mira Hansen auch.");
    }
}

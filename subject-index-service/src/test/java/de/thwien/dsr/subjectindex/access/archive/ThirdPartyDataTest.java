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
                "body", "Hallo"), REQUESTER, "Mira Hansen", OWN);

        assertThat(data.found()).isTrue();
    }

    @Test
    void aMailOnlyBetweenTheRequesterAndTheOperatorHoldsNoOtherPersonsData() {
        ThirdPartyData data = ThirdPartyData.in(Map.of("from", "\"Mira Hansen\" <MIRA.Hansen+shop@Example.com>",
                "to", "info@thwien.example", "replyTo", "privacy@operator.example",
                "body", "Bitte an mira.hansen@example.com oder info@thwien.example antworten."), REQUESTER,
                "Mira Hansen", OWN);

        assertThat(data.found()).isFalse();
    }

    @Test
    void anAddressInTheTextOrReplyToIsFound() {
        assertThat(ThirdPartyData.in(Map.of("from", REQUESTER, "body", "Schreiben Sie paul@example.org"),
                REQUESTER, "Mira Hansen", OWN).found()).isTrue();
        assertThat(ThirdPartyData.in(Map.of("from", REQUESTER, "replyTo", "assistenz@example.org"),
                REQUESTER, "Mira Hansen", OWN).found()).isTrue();
    }

    @Test
    void anOwnAddressOutsideTheOwnDomainsCountsAsAnotherPersons() {
        assertThat(ThirdPartyData.in(Map.of("from", REQUESTER, "to", "thomas@operator.example"), REQUESTER,
                "Mira Hansen", OWN)
                .found()).isTrue();
    }

    @Test
    void redactingReplacesTheOtherPersonsAddressAndHeaderNameEverywhere() {
        ThirdPartyData data = ThirdPartyData.in(Map.of("from", "\"Mira Hansen\" <mira.hansen@example.com>",
                "cc", "\"Paul Kramer\" <paul.kramer@example.org>",
                "body", "Paul Kramer (paul.kramer@example.org) kommt auch."), REQUESTER, "Mira Hansen", OWN);

        assertThat(data.redact("\"Paul Kramer\" <paul.kramer@example.org>"))
                .isEqualTo("\"████\" <████>");
        assertThat(data.redact("PAUL KRAMER (paul.kramer@example.org) kommt auch, Mira Hansen auch."))
                .isEqualTo("████ (████) kommt auch, Mira Hansen auch.");
    }
    @Test
    void theVoicemailSystemsSenderIsNoPersonAndHoldsNoOtherPersonsData() {
        List<String> notPersons = List.of("thwien.example", "sipgate.de");
        ThirdPartyData data = ThirdPartyData.in(Map.of("from", "\"sipgate\" <voicemail@sipgate.de>",
                "to", "info@thwien.example", "body", "Neue Sprachnachricht von +49 30 1234567"),
                REQUESTER, "Mira Hansen", notPersons);

        assertThat(data.found()).isFalse();
    }

    @Test
    void aFullNameInTheGreetingOrSignatureOfTheTextIsAnotherPersonsName() {
        ThirdPartyData greeting = ThirdPartyData.in(Map.of("from", REQUESTER, "to", "info@thwien.example",
                "body", "Hallo Paul Kramer,\n\nanbei das Angebot."), REQUESTER, "Mira Hansen", OWN);
        ThirdPartyData signature = ThirdPartyData.in(Map.of("from", "info@thwien.example", "to", REQUESTER,
                "body", "Guten Tag,\n\nanbei das Angebot.\n\nViele Grüße\nPaul Kramer\n"), REQUESTER,
                "Mira Hansen", OWN);

        assertThat(greeting.found()).isTrue();
        assertThat(greeting.redact("Hallo Paul Kramer, anbei")).isEqualTo("Hallo ████, anbei");
        assertThat(signature.found()).isTrue();
    }

    @Test
    void theRequestersOwnNameAndTheNamesShownWithOwnAddressesInTheTextAreNoOtherPersons() {
        ThirdPartyData data = ThirdPartyData.in(Map.of("from", "\"Thomas Wien\" <thomas@thwien.example>",
                "to", "\"Mira Hansen\" <mira.hansen@example.com>",
                "body", "Sehr geehrte Frau Mira Hansen,\n\nanbei die Rechnung.\n\nMit freundlichen Grüßen\n"
                        + "Thomas Wien\n"), REQUESTER, "Mira Hansen", OWN);

        assertThat(data.found()).isFalse();
    }

    @Test
    void theOperatorsOwnPeopleSigningWithoutADisplayNameAreNoOtherPersons() {
        Map<String, String> invoiceMail = Map.of("from", "info@thwien.example", "to", REQUESTER,
                "body", "Guten Tag Mira Hansen,\n\nanbei erhalten Sie die Rechnung.\n\nMit freundlichen Grüßen\n"
                        + "Thomas Wien\n");

        assertThat(ThirdPartyData.in(invoiceMail, REQUESTER, "Mira Hansen", OWN, List.of("Thomas Wien")).found())
                .isFalse();
        assertThat(ThirdPartyData.in(invoiceMail, REQUESTER, "Mira Hansen", OWN, List.of()).found()).isTrue();
    }
}

package de.thwien.dsr.platform.address;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.platform.address.MailAddressRule.Refusal;
import org.junit.jupiter.api.Test;

class MailAddressRuleTest {

    @Test
    void plainAddressIsDeliverableAsWrittenWithItsDomainInLowerCase() {
        assertThat(MailAddressRule.check("  Erika.Mustermann+dsr@Example.ORG ").address())
                .isEqualTo("Erika.Mustermann+dsr@example.org");
    }

    @Test
    void internationalizedDomainIsDeliverableInItsPunycodeForm() {
        MailAddressRule.Verdict verdict = MailAddressRule.check("info@Bücher.example");

        assertThat(verdict.deliverable()).isTrue();
        assertThat(verdict.address()).isEqualTo("info@xn--bcher-kva.example");
    }

    @Test
    void checkingADeliverableAddressAgainGivesTheSameAddress() {
        String once = MailAddressRule.check("info@bücher.example").address();

        assertThat(MailAddressRule.check(once).address()).isEqualTo(once);
    }

    @Test
    void localPartOutsideAsciiIsRefusedBecauseOurMailClientCannotSpeakSmtpUtf8() {
        assertThat(MailAddressRule.check("jürgen@example.org").refusal()).isEqualTo(Refusal.NON_ASCII_LOCAL_PART);
    }

    @Test
    void quotedLocalPartIsRefused() {
        assertThat(MailAddressRule.check("\"a b\"@example.org").refusal()).isEqualTo(Refusal.QUOTED_LOCAL_PART);
    }

    @Test
    void addressLiteralIsRefused() {
        assertThat(MailAddressRule.check("x@[127.0.0.1]").refusal()).isEqualTo(Refusal.ADDRESS_LITERAL);
        assertThat(MailAddressRule.check("x@[IPv6:::1]").refusal()).isEqualTo(Refusal.ADDRESS_LITERAL);
    }

    @Test
    void zeroWidthAndBidiCharactersAreRefusedAnywhereInTheAddress() {
        assertThat(MailAddressRule.check("z\u200Bw@example.org").refusal()).isEqualTo(Refusal.INVISIBLE_CHARACTER);
        assertThat(MailAddressRule.check("zw@exa\u200Dmple.org").refusal()).isEqualTo(Refusal.INVISIBLE_CHARACTER);
        assertThat(MailAddressRule.check("\u202Eevil@example.org").refusal()).isEqualTo(Refusal.INVISIBLE_CHARACTER);
    }

    @Test
    void textThatWasInvalidUtf8IsRefused() {
        // a decoder turns undecodable bytes into U+FFFD; a lone surrogate is no text either
        assertThat(MailAddressRule.check("s\uFFFD@example.org").refusal()).isEqualTo(Refusal.INVALID_ENCODING);
        assertThat(MailAddressRule.check("s\uD800@example.org").refusal()).isEqualTo(Refusal.INVALID_ENCODING);
    }

    @Test
    void lineBreaksThatCouldAddHeadersOrRecipientsAreRefused() {
        assertThat(MailAddressRule.check("a@b.de\r\nBcc: x@y.de").refusal()).isEqualTo(Refusal.CONTROL_CHARACTER);
        assertThat(MailAddressRule.check("a@b.de, x@y.de").refusal()).isEqualTo(Refusal.NOT_AN_ADDRESS);
        assertThat(MailAddressRule.check("Erika <a@b.de>").refusal()).isEqualTo(Refusal.NOT_AN_ADDRESS);
    }

    @Test
    void somethingWithoutAnAtOrWithAnEmptyPartIsNoAddress() {
        assertThat(MailAddressRule.check("no-at.example.org").refusal()).isEqualTo(Refusal.NOT_AN_ADDRESS);
        assertThat(MailAddressRule.check("@example.org").refusal()).isEqualTo(Refusal.NOT_AN_ADDRESS);
        assertThat(MailAddressRule.check("a..b@example.org").refusal()).isEqualTo(Refusal.NOT_AN_ADDRESS);
        assertThat(MailAddressRule.check("a@").refusal()).isEqualTo(Refusal.NOT_AN_ADDRESS);
        assertThat(MailAddressRule.check("a@exa mple.org").refusal()).isEqualTo(Refusal.NOT_AN_ADDRESS);
    }

    @Test
    void domainThatCannotBeWrittenInAsciiUnambiguouslyIsRefused() {
        assertThat(MailAddressRule.check("a@-example.org").refusal()).isEqualTo(Refusal.INVALID_DOMAIN);
        assertThat(MailAddressRule.check("a@exa_mple.org").refusal()).isEqualTo(Refusal.INVALID_DOMAIN);
        // IDNA2003 (java.net.IDN) would turn ß into ss: a different domain than the one the requester wrote
        assertThat(MailAddressRule.check("a@straße.example").refusal()).isEqualTo(Refusal.INVALID_DOMAIN);
    }

    @Test
    void overlongAddressIsRefused() {
        assertThat(MailAddressRule.check("a".repeat(65) + "@example.org").refusal()).isEqualTo(Refusal.TOO_LONG);
        assertThat(MailAddressRule.check("a@" + "b".repeat(250) + ".org").refusal()).isEqualTo(Refusal.TOO_LONG);
    }

    @Test
    void missingAddressIsRefused() {
        assertThat(MailAddressRule.check(null).refusal()).isEqualTo(Refusal.MISSING);
        assertThat(MailAddressRule.check("  ").refusal()).isEqualTo(Refusal.MISSING);
    }

    @Test
    void mailboxKeyIgnoresCaseAndThePlusTagSoSubaddressesCountAsOneMailbox() {
        assertThat(MailAddressRule.mailboxKey("Anna+1@example.org"))
                .isEqualTo(MailAddressRule.mailboxKey("anna+2@Example.org"))
                .isEqualTo("anna@example.org");
    }

    @Test
    void domainOfIsTheAsciiDomain() {
        assertThat(MailAddressRule.domainOf("info@xn--bcher-kva.example")).isEqualTo("xn--bcher-kva.example");
    }
}

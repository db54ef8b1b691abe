package de.thwien.dsr.connectors.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailNormaliserTest {

    @Test
    void caseAndSurroundingSpaceDoNotMatter() {
        assertThat(EmailNormaliser.canonical("  Anna.Schmidt@Example.DE ")).contains("anna.schmidt@example.de");
    }

    @Test
    void aPlusTagIsDropped() {
        assertThat(EmailNormaliser.canonical("anna+shop@example.de")).contains("anna@example.de");
    }

    @Test
    void googlemailIsGmailAndGmailIgnoresDots() {
        assertThat(EmailNormaliser.canonical("Anna.Schmidt@googlemail.com")).contains("annaschmidt@gmail.com");
        assertThat(EmailNormaliser.canonical("annaschmidt+x@gmail.com")).contains("annaschmidt@gmail.com");
    }

    @Test
    void dotsStayOutsideGmail() {
        assertThat(EmailNormaliser.canonical("anna.schmidt@example.de")).contains("anna.schmidt@example.de");
    }

    @Test
    void internationalDomainsMeetTheirPunycodeForm() {
        assertThat(EmailNormaliser.canonical("info@Müller.de")).contains("info@xn--mller-kva.de");
        assertThat(EmailNormaliser.canonical("info@xn--mller-kva.de")).contains("info@xn--mller-kva.de");
    }

    @Test
    void angleBracketsAndDisplayNamesAreStripped() {
        assertThat(EmailNormaliser.canonical("<anna@example.de>")).contains("anna@example.de");
        assertThat(EmailNormaliser.canonical("\"Schmidt, Anna\" <Anna@example.de>")).contains("anna@example.de");
    }

    @Test
    void textThatIsNoAddressGivesNoKey() {
        assertThat(EmailNormaliser.canonical("anna")).isEmpty();
        assertThat(EmailNormaliser.canonical("anna@")).isEmpty();
        assertThat(EmailNormaliser.canonical("@example.de")).isEmpty();
        assertThat(EmailNormaliser.canonical("anna schmidt@example.de")).isEmpty();
        assertThat(EmailNormaliser.canonical("anna@localhost")).isEmpty();
        assertThat(EmailNormaliser.canonical(null)).isEmpty();
    }
}

package de.thwien.dsr.platform.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Art. 15(1)(a) and (c): an access answer states the purposes that cover the records found about her, from the
 * stores and retention categories each configured purpose names, and always how her request itself is processed.
 */
class PurposesOfFoundRecordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void aVoicemailAloneNamesOnlyTheAnsweringOfMailsAndCallsAndTheRequestItself(String language) throws IOException {
        NoticeFacts facts = catalog(Map.of()).forFound(language, Map.of("mail", List.of("voicemail")));

        assertThat(facts.purposes()).extracting(ProcessingPurpose::purpose).containsExactly(
                pick(language, "Beantwortung Ihrer E-Mails und Anrufe (E-Mail, Anrufbeantworter)",
                        "Answering your emails and calls (email, voicemail)"),
                pick(language, "Bearbeitung Ihres Antrags und Nachweis, dass wir ihn beantwortet haben",
                        "handling your request and proving that we answered it"));
    }

    @Test
    void theRequestItselfIsCalledAnAntragAsTheGdprDoesNeverAnAnfrage() throws IOException {
        NoticeFacts facts = catalog(Map.of()).forFound("de", Map.of());

        assertThat(facts.purposes()).singleElement().satisfies(purpose -> {
            assertThat(purpose.purpose()).contains("Ihres Antrags");
            assertThat(purpose.dataCategories()).contains("Ihr Antrag");
            assertThat(purpose.storagePeriod()).contains("den Antrag");
            assertThat(purpose.purpose() + purpose.dataCategories() + purpose.storagePeriod()).doesNotContain("Anfrage");
        });
    }

    @Test
    void oneGeneralMailDoesNotNameContractOrInvoicing() throws IOException {
        NoticeFacts facts = catalog(Map.of()).forFound("de", Map.of("mail", List.of("general-correspondence")));

        assertThat(facts.purposes()).extracting(ProcessingPurpose::purpose)
                .noneMatch(purpose -> purpose.contains("Abrechnung") || purpose.contains("Konferenz"));
        assertThat(facts.purposes()).extracting(ProcessingPurpose::legalBasis)
                .noneMatch(basis -> basis.contains("§ 147 AO"));
    }

    @Test
    void aCustomerWithInvoicesIsToldOfInvoicingAndItsStatutoryBasis() throws IOException {
        NoticeFacts facts = catalog(Map.of()).forFound("de",
                Map.of("crm", List.of("customer-master-data", "accounting-voucher")));

        assertThat(facts.purposes()).extracting(ProcessingPurpose::purpose)
                .contains("Angebote, Auftragsausführung und Abrechnung");
        assertThat(facts.purposes()).extracting(ProcessingPurpose::legalBasis)
                .anyMatch(basis -> basis.contains("Art. 6 Abs. 1 lit. c DSGVO mit § 147 AO"));
    }

    @Test
    void anInvoiceDraftNeverIssuedIsToldAsInvoicingWithoutTheAnsweringOfMails() throws IOException {
        NoticeFactsCatalog catalog = catalog(Map.of());

        NoticeFacts facts = catalog.forFound("de", Map.of("crm", List.of("invoice-draft")));

        assertThat(facts.purposes()).extracting(ProcessingPurpose::purpose)
                .contains("Angebote, Auftragsausführung und Abrechnung")
                .noneMatch(purpose -> purpose.contains("E-Mails und Anrufe") || purpose.contains("Konferenz"));
        assertThat(facts.sources()).contains("Rechnungen haben wir von Ihnen selbst")
                .doesNotContain("Korrespondenz mit unseren Kunden");
    }

    @Test
    void nothingFoundLeavesOnlyTheRequestItself() throws IOException {
        NoticeFacts facts = catalog(Map.of()).forFound("de", Map.of());

        assertThat(facts.purposes()).singleElement().satisfies(purpose -> {
            assertThat(purpose.legalBasis()).contains("Art. 6 Abs. 1 lit. c DSGVO");
            assertThat(purpose.storagePeriod()).startsWith("3 Jahre ab dem Ende des Jahres");
        });
    }

    @Test
    void anAnswerThatDoesNotSayWhatWasFoundNamesEveryPurposeAndTheRequestItself() throws IOException {
        NoticeFactsCatalog catalog = catalog(Map.of());

        NoticeFacts facts = catalog.forFound("en", null);

        assertThat(facts.purposes()).hasSize(catalog.in("en").purposes().size() + 1)
                .containsAll(catalog.in("en").purposes());
    }

    @Test
    void aFoundCategoryNoPurposeCoversNamesEveryPurposeRatherThanTooFew() throws IOException {
        NoticeFactsCatalog catalog = catalog(Map.of("dsr.privacy.purposes[1].categories", "general-correspondence"));

        NoticeFacts facts = catalog.forFound("de", Map.of("mail", List.of("voicemail")));

        assertThat(facts.purposes()).containsAll(catalog.in("de").purposes());
    }

    @Test
    void anUnknownStoreOfAPurposeStopsTheStartWithTheEntryNamed() {
        assertThatThrownBy(() -> catalog(Map.of("dsr.privacy.purposes[2].stores", "intranet")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dsr.privacy.purposes[2]").hasMessageContaining("intranet");
    }

    @Test
    void anUnknownCategoryOfAPurposeStopsTheStartWithTheEntryNamed() {
        assertThatThrownBy(() -> catalog(Map.of("dsr.privacy.purposes[0].categories", "invoices")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dsr.privacy.purposes[0]").hasMessageContaining("invoices");
    }

    @Test
    void aPurposeThatCoversNothingStopsTheStart() {
        assertThatThrownBy(() -> catalog(Map.of(
                "dsr.privacy.purposes[4].purpose.de", "Newsletter", "dsr.privacy.purposes[4].purpose.en", "Newsletter",
                "dsr.privacy.purposes[4].legal-basis.de", "Art. 6 Abs. 1 lit. a DSGVO",
                "dsr.privacy.purposes[4].legal-basis.en", "Art. 6(1)(a) GDPR",
                "dsr.privacy.purposes[4].data-categories.de", "E-Mail-Adresse",
                "dsr.privacy.purposes[4].data-categories.en", "email address",
                "dsr.privacy.purposes[4].storage-period.de", "bis zur Abmeldung",
                "dsr.privacy.purposes[4].storage-period.en", "until you unsubscribe")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dsr.privacy.purposes[4]").hasMessageContaining("neither stores nor categories");
    }

    private static NoticeFactsCatalog catalog(Map<String, String> applicationProperties) throws IOException {
        return new NoticeFactsCatalog(PrivacyFactsOverrideTest.config(applicationProperties, Map.of()));
    }

    private static String pick(String language, String german, String english) {
        return "en".equals(language) ? english : german;
    }
}

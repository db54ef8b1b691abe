package de.thwien.dsr.platform.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Art. 15(1)(g): an access answer names the sources of the records actually found, each configured source tied to the
 * stores and categories it applies to; correspondence with customers only when a record came from a third party.
 */
class SourcesOfFoundRecordsTest {

    private static final String CUSTOMERS_DE = "Korrespondenz mit unseren Kunden";
    private static final String CUSTOMERS_EN = "correspondence with our customers";

    @Test
    void aVoicemailAloneNamesHerCallsAndNotTheCorrespondenceWithCustomers() throws IOException {
        NoticeFacts facts = catalog().forFound("de", Map.of("mail", List.of("voicemail")));

        assertThat(facts.sources()).contains("von Ihnen selbst", "Telefon").doesNotContain(CUSTOMERS_DE)
                .doesNotContain("Web-Konferenz");
    }

    @Test
    void aCustomersRecordsNameHerOrdersAndNotTheCorrespondenceWithCustomers() throws IOException {
        NoticeFacts facts = catalog().forFound("en",
                Map.of("crm", List.of("customer-master-data", "accounting-voucher")));

        assertThat(facts.sources()).contains("from you", "orders").doesNotContain(CUSTOMERS_EN)
                .doesNotContain("web conference");
    }

    @Test
    void herMailWithAnInvoiceAttachedNamesHerMailAndNotTheConferencesNorTheCorrespondenceWithCustomers()
            throws IOException {
        NoticeFacts facts = catalog().forFound("de",
                Map.of("mail", List.of("accounting-voucher", "general-correspondence")), Set.of());

        assertThat(facts.sources()).contains("von Ihnen selbst", "E-Mail").doesNotContain("Web-Konferenz")
                .doesNotContain(CUSTOMERS_DE);
    }

    @Test
    void herOwnMailWithNoRecordFromAThirdPartyDoesNotNameTheCorrespondenceWithCustomers() throws IOException {
        NoticeFacts facts = catalog().forFound("de", Map.of("mail", List.of("general-correspondence")), Set.of());

        assertThat(facts.sources()).contains("von Ihnen selbst").doesNotContain(CUSTOMERS_DE);
    }

    @Test
    void aMailFromAThirdPartyNamingHerNamesTheCorrespondenceWithCustomers() throws IOException {
        NoticeFacts facts = catalog().forFound("en", Map.of("mail", List.of("general-correspondence")),
                Set.of("mail"));

        assertThat(facts.sources()).contains(CUSTOMERS_EN);
    }

    @Test
    void anAnswerThatDoesNotSayWhatWasFoundNamesEverySource() throws IOException {
        NoticeFacts facts = catalog().forFound("de", null);

        assertThat(facts.sources()).contains("von Ihnen selbst", "Web-Konferenz", CUSTOMERS_DE);
    }

    private static NoticeFactsCatalog catalog() throws IOException {
        return new NoticeFactsCatalog(PrivacyFactsOverrideTest.config(Map.of(), Map.of()));
    }
}

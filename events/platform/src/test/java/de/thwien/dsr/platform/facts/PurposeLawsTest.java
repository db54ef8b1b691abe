package de.thwien.dsr.platform.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #19 (legal review of the access answer): a purpose cites the laws of a statutory hold from the retention
 * categories it covers, the one source the records of the copy cite from, not from its own text: invoicing cites
 * § 14b UStG as the invoices do, and a controller who is no merchant is cited no § 257 HGB.
 */
class PurposeLawsTest {

    @Test
    void invoicingCitesTheLawsOfItsInvoicesAndLettersInBothLanguages() throws IOException {
        NoticeFactsCatalog facts = new NoticeFactsCatalog(PrivacyFactsOverrideTest.config(Map.of(), Map.of()));

        ProcessingPurpose german = facts.in("de").purposes().get(0);
        ProcessingPurpose english = facts.in("en").purposes().get(0);
        assertThat(german.legalBasis()).endsWith("Art. 6 Abs. 1 lit. c DSGVO mit § 147 AO, § 257 HGB und § 14b UStG");
        assertThat(german.storagePeriod()).endsWith("(§ 147 AO, § 257 HGB und § 14b UStG)");
        assertThat(english.legalBasis()).contains("Art. 6(1)(c) GDPR with § 147 AO, § 257 HGB and § 14b UStG");
        assertThat(english.storagePeriod()).endsWith("(§ 147 AO, § 257 HGB and § 14b UStG)");
    }

    @Test
    void aControllerWhoIsNoMerchantIsCitedNoCommercialCode() throws IOException {
        NoticeFactsCatalog facts = new NoticeFactsCatalog(PrivacyFactsOverrideTest.config(Map.of(), Map.of()), false);

        assertThat(facts.in("de").purposes()).allSatisfy(purpose -> assertThat(purpose.legalBasis()
                + purpose.storagePeriod()).doesNotContain("HGB", "{laws}"));
        assertThat(facts.in("de").purposes().get(0).legalBasis()).endsWith("mit § 147 AO und § 14b UStG");
    }

    @Test
    void aPurposeCitingLawsThatCoversNoCategoryWithAHoldStopsTheStart() {
        assertThatThrownBy(() -> new NoticeFactsCatalog(PrivacyFactsOverrideTest.config(Map.of(
                "dsr.privacy.purposes[2].storage-period.de", "höchstens 2 Tage ({laws})"), Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dsr.privacy.purposes[2]");
    }
}

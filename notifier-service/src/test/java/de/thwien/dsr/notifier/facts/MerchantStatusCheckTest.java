package de.thwien.dsr.notifier.facts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MerchantStatusCheckTest {

    private static final Map<String, String> FACTS_CITING_THE_HGB = Map.of(
            "dsr.privacy.purposes[0].legal-basis.de", "Art. 6 Abs. 1 lit. c DSGVO mit § 147 AO und § 257 HGB",
            "dsr.privacy.purposes[0].storage-period.en", "8 years (§ 147 AO)",
            "dsr.privacy.recipients[0].name", "Hetzner Online GmbH");

    @Test
    void controllerWhoIsNoMerchantDoesNotStartWhileAPrivacyFactStillCitesTheCommercialCode() {
        assertThatThrownBy(() -> MerchantStatusCheck.check(false, FACTS_CITING_THE_HGB))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dsr.controller.merchant=false")
                .hasMessageContaining("dsr.privacy.purposes[0].legal-basis.de")
                .hasMessageNotContaining("storage-period")
                .hasMessageNotContaining("§ 257");
    }

    @Test
    void commercialCodeNamedInWordsCountsAsACitationToo() {
        assertThatThrownBy(() -> MerchantStatusCheck.check(false,
                Map.of("dsr.privacy.purposes[0].legal-basis.en", "Section 257 of the German Commercial Code")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dsr.privacy.purposes[0].legal-basis.en");
    }

    @Test
    void merchantMayCiteTheCommercialCode() {
        assertThatCode(() -> MerchantStatusCheck.check(true, FACTS_CITING_THE_HGB)).doesNotThrowAnyException();
    }

    @Test
    void controllerWhoIsNoMerchantStartsWithFactsCitingOnlyTaxLaw() {
        assertThatCode(() -> MerchantStatusCheck.check(false,
                Map.of("dsr.privacy.purposes[0].legal-basis.de", "Art. 6 Abs. 1 lit. c DSGVO mit § 147 AO")))
                .doesNotThrowAnyException();
    }
}

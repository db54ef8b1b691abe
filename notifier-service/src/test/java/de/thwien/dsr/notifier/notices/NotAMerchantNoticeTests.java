package de.thwien.dsr.notifier.notices;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.controller.ControllerConfig;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A controller who is no merchant (dsr.controller.merchant=false) with privacy facts that cite only tax law: the
 * service starts (the start-up check finds no HGB) and no notice of any kind, in any language, cites § 257 HGB.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@TestProfile(NotAMerchantNoticeTests.NotAMerchant.class)
class NotAMerchantNoticeTests {

    /** The operator took the HGB out of his facts, as the start-up check demands. */
    public static class NotAMerchant implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dsr.controller.merchant", "false",
                    "dsr.privacy.purposes[0].legal-basis.de", "Art. 6 Abs. 1 lit. b DSGVO (Vertrag oder"
                            + " vorvertragliche Maßnahmen); für Rechnungen und Geschäftsbriefe Art. 6 Abs. 1 lit. c"
                            + " DSGVO mit § 147 AO",
                    "dsr.privacy.purposes[0].legal-basis.en", "Art. 6(1)(b) GDPR (contract or pre-contractual"
                            + " steps); for invoices and business letters Art. 6(1)(c) GDPR with § 147 AO (German tax"
                            + " law)",
                    "dsr.privacy.purposes[0].storage-period.de", "bis zur Erledigung des Auftrags; danach Rechnungen"
                            + " 8 Jahre, Geschäftsbriefe 6 Jahre (§ 147 AO)",
                    "dsr.privacy.purposes[0].storage-period.en", "until the order is completed; then invoices 8"
                            + " years, business letters 6 years (§ 147 AO)");
        }
    }

    @Inject
    NoticeRenderer renderer;

    @Inject
    ControllerConfig controller;

    @Test
    void controllerIsConfiguredAsNoMerchant() {
        assertThat(controller.merchant()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("de.thwien.dsr.notifier.notices.NoticeSamples#everyKindInEveryLanguage")
    void noNoticeCitesTheCommercialCode(NoticeKind kind, NoticeLanguage language) {
        RenderedNotice notice = renderer.render(kind, language,
                NoticeSamples.of(kind, language, ControllerStatus.merchant(controller.merchant())));

        assertThat(notice.subject() + notice.text() + notice.html()).doesNotContain("HGB", "§ 257",
                "Commercial Code", "Handelsgesetzbuch");
    }
}

package de.thwien.dsr.notifier.wording;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessingBasesTest {

    @Test
    void contractIsCitedAsTheGermanOrEnglishArticle() {
        assertThat(ProcessingBases.of(List.of(ProcessingBasis.CONTRACT), "general-correspondence", ControllerStatus.MERCHANT, NoticeLanguage.DE))
                .isEqualTo("Art. 6 Abs. 1 lit. b DSGVO (Vertrag oder vorvertragliche Maßnahmen)");
        assertThat(ProcessingBases.of(List.of(ProcessingBasis.CONTRACT), "general-correspondence", ControllerStatus.MERCHANT, NoticeLanguage.EN))
                .isEqualTo("Art. 6(1)(b) GDPR (contract or pre-contractual steps)");
    }

    @Test
    void legalObligationNamesTheRetentionLawOfTheRecordsCategory() {
        assertThat(ProcessingBases.of(List.of(ProcessingBasis.LEGAL_OBLIGATION), "tax-document", ControllerStatus.MERCHANT, NoticeLanguage.DE))
                .isEqualTo("Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung) in Verbindung mit"
                        + " § 147 Abs. 1 Nr. 5, Abs. 3 AO");
        assertThat(ProcessingBases.of(List.of(ProcessingBasis.LEGAL_OBLIGATION), "tax-document", ControllerStatus.MERCHANT, NoticeLanguage.EN))
                .isEqualTo("Art. 6(1)(c) GDPR (legal obligation) in conjunction with Section 147(1) No. 5 and (3) of"
                        + " the German Fiscal Code (AO)");
        assertThat(ProcessingBases.of(List.of(ProcessingBasis.LEGAL_OBLIGATION), "customer-master-data", ControllerStatus.MERCHANT,
                NoticeLanguage.DE)).isEqualTo("Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung)");
    }

    @Test
    void severalBasesAreListedInTheirOrder() {
        assertThat(ProcessingBases.of(List.of(ProcessingBasis.LEGITIMATE_INTERESTS, ProcessingBasis.CONSENT), null, ControllerStatus.MERCHANT,
                NoticeLanguage.DE))
                .isEqualTo("Art. 6 Abs. 1 lit. f DSGVO (berechtigte Interessen: wie in unserer Datenschutzerklärung"
                        + " beschrieben); Art. 6 Abs. 1 lit. a DSGVO (Einwilligung)");
    }

    @Test
    void legitimateInterestsNameTheInterestOfTheRecordsCategory() {
        assertThat(ProcessingBases.of(List.of(ProcessingBasis.LEGITIMATE_INTERESTS), "general-correspondence", ControllerStatus.MERCHANT,
                NoticeLanguage.DE)).isEqualTo("Art. 6 Abs. 1 lit. f DSGVO (berechtigte Interessen: Ihre Nachrichten"
                        + " zu beantworten und unseren Schriftverkehr mit Ihnen nachvollziehen zu können)");
        assertThat(ProcessingBases.of(List.of(ProcessingBasis.LEGITIMATE_INTERESTS), "conference-account", ControllerStatus.MERCHANT,
                NoticeLanguage.EN)).isEqualTo("Art. 6(1)(f) GDPR (legitimate interests: letting our users invite"
                        + " participants to their web conferences)");
    }

    @Test
    void noBasesGiveNothingToWord() {
        assertThat(ProcessingBases.of(List.of(), "tax-document", ControllerStatus.MERCHANT, NoticeLanguage.DE)).isNull();
        assertThat(ProcessingBases.of(null, "tax-document", ControllerStatus.MERCHANT, NoticeLanguage.EN)).isNull();
    }
}

package de.thwien.dsr.notifier.wording;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemReasonsTest {

    private static final String STATED = "store unavailable: it could not be searched";

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, mode = EnumSource.Mode.EXCLUDE, names = {"DECLINED", "LEGAL_CLAIMS"})
    void everyReasonIsWordedInBothLanguagesWithoutTheStatedText(ReasonCode code) {
        String german = ItemReasons.kept(code, STATED, NoticeLanguage.DE);
        String english = ItemReasons.kept(code, STATED, NoticeLanguage.EN);

        assertThat(german).isNotBlank().isNotEqualTo(STATED).isNotEqualTo(english).doesNotContain("GDPR");
        assertThat(english).isNotBlank().isNotEqualTo(STATED).doesNotContain("DSGVO", "Abs.");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"invoice-draft", "voicemail", "general-correspondence"})
    void aRecordThatNeverHadAStoragePeriodIsSaidToHaveHadNoStatutoryRetentionDutyNotAnEndedPeriod(String category) {
        assertThat(ItemReasons.noPurposeLeft(category, NoticeLanguage.DE))
                .startsWith("keine gesetzliche Aufbewahrungspflicht").doesNotContain("Speicherfrist");
        assertThat(ItemReasons.noPurposeLeft(category, NoticeLanguage.EN))
                .startsWith("there was no statutory retention obligation").doesNotContain("storage period");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"commercial-letter", "accounting-voucher",
            "conference-recording", "web-server-log"})
    void aRecordWhosePeriodRanOutIsSaidToHaveAnEndedStoragePeriod(String category) {
        assertThat(ItemReasons.noPurposeLeft(category, NoticeLanguage.DE)).startsWith("Speicherfrist abgelaufen");
        assertThat(ItemReasons.noPurposeLeft(category, NoticeLanguage.EN)).startsWith("its storage period had ended");
    }

    @Test
    void aRecordingErasedBeforeItsFourteenDaysRanOutHadNoPeriodThatEnded() {
        java.time.LocalDate recorded = java.time.LocalDate.parse("2026-12-06");

        assertThat(ItemReasons.noPurposeLeft("conference-recording", recorded,
                java.time.Instant.parse("2026-12-08T01:59:00Z"), NoticeLanguage.DE))
                .startsWith("keine gesetzliche Aufbewahrungspflicht");
        assertThat(ItemReasons.noPurposeLeft("conference-recording", recorded,
                java.time.Instant.parse("2026-12-20T09:00:00Z"), NoticeLanguage.EN))
                .startsWith("its storage period had ended");
    }

    @Test
    void aDeclinedItemQuotesTheAssistantsReasonsAsArticle12Paragraph4Requires() {
        String reasons = "Der Vertrag ist Gegenstand eines laufenden Gerichtsverfahrens";

        assertThat(ItemReasons.kept(ReasonCode.DECLINED, reasons, NoticeLanguage.DE))
                .startsWith("Nach Prüfung im Einzelfall kommen wir Ihrem Antrag für diese Daten nicht nach")
                .endsWith(": " + reasons);
        assertThat(ItemReasons.kept(ReasonCode.LEGAL_CLAIMS, reasons, NoticeLanguage.DE))
                .contains("(Art. 17 Abs. 3 lit. e DSGVO)").endsWith(": " + reasons);
        assertThat(ItemReasons.kept(ReasonCode.LEGAL_CLAIMS, reasons, NoticeLanguage.EN))
                .startsWith("we need this data to establish, exercise or defend legal claims (Art. 17(3)(e) GDPR)")
                .endsWith(": " + reasons);
        assertThat(ItemReasons.refused(ReasonCode.DECLINED)).isTrue();
        assertThat(ItemReasons.refused(ReasonCode.LEGAL_CLAIMS)).isTrue();
        assertThat(ItemReasons.refused(ReasonCode.NOT_THE_REQUESTER)).isFalse();
        assertThat(ItemReasons.refused(ReasonCode.WEAK_MATCH_AWAITING_REVIEW)).isFalse();
    }

    @Test
    void aRetentionHoldCitesArticle6Paragraph1cAndTheDutyItIsKeptForNotThatItIsUsedForNothingElse() {
        assertThat(ItemReasons.kept(ReasonCode.RETENTION_HOLD, null, NoticeLanguage.DE))
                .contains("Art. 17 Abs. 3 lit. b DSGVO in Verbindung mit Art. 6 Abs. 1 lit. c DSGVO",
                        "nur, um diese Pflicht zu erfüllen (zum Beispiel bei einer Steuerprüfung)")
                .doesNotContain("nichts anderes");
        assertThat(ItemReasons.kept(ReasonCode.RETENTION_HOLD, null, NoticeLanguage.EN))
                .contains("Art. 17(3)(b) GDPR in conjunction with Art. 6(1)(c) GDPR",
                        "We use it only to meet this duty (for example in a tax audit)")
                .doesNotContain("nothing else");
    }

    @Test
    void withoutACodeTheStatedReasonIsQuoted() {
        assertThat(ItemReasons.kept(null, STATED, NoticeLanguage.DE)).isEqualTo(STATED);
    }

    @Test
    void notProcessedOnConsentCitesArticles7And17() {
        assertThat(ItemReasons.kept(ReasonCode.NOT_PROCESSED_ON_CONSENT, null, NoticeLanguage.DE))
                .contains("nicht aufgrund Ihrer Einwilligung").endsWith("(Art. 7 Abs. 3, Art. 17 Abs. 1 lit. b DSGVO)");
        assertThat(ItemReasons.kept(ReasonCode.NOT_PROCESSED_ON_CONSENT, null, NoticeLanguage.EN))
                .contains("not process this data on the basis of your consent")
                .endsWith("(Art. 7(3), Art. 17(1)(b) GDPR)");
    }

    @Test
    void onlyAPinnedHoldExtendsARestriction() {
        assertThat(ItemReasons.restrictionExtended(ReasonCode.PINNED_HOLD, NoticeLanguage.DE))
                .startsWith("Die Aufbewahrungsfrist verlängert sich").endsWith("(§ 147 Abs. 3 AO).");
        assertThat(ItemReasons.restrictionExtended(ReasonCode.PINNED_HOLD, NoticeLanguage.EN))
                .startsWith("The retention period runs beyond its regular end")
                .endsWith("(Section 147(3) of the German Fiscal Code (AO)).");
        assertThat(ItemReasons.restrictionExtended(ReasonCode.RETENTION_HOLD, NoticeLanguage.DE)).isNull();
        assertThat(ItemReasons.restrictionExtended(null, NoticeLanguage.EN)).isNull();
    }
}

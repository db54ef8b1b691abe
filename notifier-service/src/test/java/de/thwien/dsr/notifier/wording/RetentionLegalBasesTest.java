package de.thwien.dsr.notifier.wording;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.RetentionLaw;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RetentionLegalBasesTest {

    /** How the erasure-service's deletion concept states the basis of a voucher hold. */
    private static final String STATED_VOUCHER_BASIS =
            "§147(1) Nr. 4, (3) AO; §257(1) Nr. 4, (4) HGB; §14b(1) UStG (8 years since 1 Jan 2025, BEG IV)";

    @Test
    void germanNoticeStatesTheVoucherHoldInGerman() {
        String basis = RetentionLegalBases.of("accounting-voucher", STATED_VOUCHER_BASIS, ControllerStatus.MERCHANT, NoticeLanguage.DE);

        assertThat(basis).isEqualTo("Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 4, Abs. 3 AO, § 257 Abs. 1 Nr. 4,"
                + " Abs. 4 HGB und § 14b Abs. 1 UStG (Buchungsbelege einschließlich Rechnungen, 8 Jahre)");
        assertThat(basis).doesNotContain("years", "since");
    }

    @Test
    void englishNoticeStatesTheVoucherHoldInEnglish() {
        String basis = RetentionLegalBases.of("accounting-voucher", STATED_VOUCHER_BASIS, ControllerStatus.MERCHANT, NoticeLanguage.EN);

        assertThat(basis).startsWith("retention obligation under Section 147(1) No. 4 and (3) of the German Fiscal"
                + " Code (AO)").contains("Section 257(1) No. 4 and (4) of the German Commercial Code (HGB)")
                .contains("Section 14b(1) of the German VAT Act (UStG)").endsWith("8 years)")
                .doesNotContain("Abs.", "Jahre");
    }

    @Test
    void theYearsANoticeStatesAreTheCategorysStatutoryPeriodFromTheContracts() {
        for (RetentionCategory category : RetentionCategory.values()) {
            category.statutoryPeriod().ifPresent(period -> assertThat(RetentionLegalBases.of(category.id(), "x",
                    ControllerStatus.MERCHANT, NoticeLanguage.DE)).as(category.id())
                    .endsWith(", " + period.getYears() + " Jahre)"));
            if (category.statutoryPeriod().isEmpty() && category != RetentionCategory.CUSTOMER_MASTER_DATA) {
                assertThat(RetentionLegalBases.of(category.id(), "stated", ControllerStatus.MERCHANT,
                        NoticeLanguage.DE)).as(category.id()).isEqualTo("stated");
            }
        }
    }

    @Test
    void eachStatutoryHoldNamesItsProvisionsAndPeriod() {
        assertThat(RetentionLegalBases.of("accounting-record", "x", ControllerStatus.MERCHANT, NoticeLanguage.DE))
                .contains("§ 147 Abs. 1 Nr. 1, Abs. 3 AO", "§ 257 Abs. 1 Nr. 1, Abs. 4 HGB", "10 Jahre");
        assertThat(RetentionLegalBases.of("commercial-letter", "x", ControllerStatus.MERCHANT, NoticeLanguage.DE))
                .contains("§ 147 Abs. 1 Nr. 2 und 3, Abs. 3 AO", "§ 257 Abs. 1 Nr. 2 und 3, Abs. 4 HGB", "6 Jahre");
        assertThat(RetentionLegalBases.of("tax-document", "x", ControllerStatus.MERCHANT, NoticeLanguage.DE))
                .contains("§ 147 Abs. 1 Nr. 5, Abs. 3 AO", "6 Jahre").doesNotContain("HGB");
        assertThat(RetentionLegalBases.of("accounting-record", "x", ControllerStatus.MERCHANT, NoticeLanguage.EN))
                .contains("Section 147(1) No. 1 and (3)", "Section 257(1) No. 1 and (4)", "10 years");
        assertThat(RetentionLegalBases.of("commercial-letter", "x", ControllerStatus.MERCHANT, NoticeLanguage.EN))
                .contains("Section 147(1) Nos. 2 and 3 and (3)", "Section 257(1) Nos. 2 and 3 and (4)", "6 years");
        assertThat(RetentionLegalBases.of("tax-document", "x", ControllerStatus.MERCHANT, NoticeLanguage.EN))
                .contains("Section 147(1) No. 5 and (3)", "6 years").doesNotContain("HGB");
    }

    @Test
    void controllerWhoIsNoMerchantCitesTaxLawButNeverTheCommercialCode() {
        for (NoticeLanguage language : NoticeLanguage.values()) {
            for (String category : new String[] {"accounting-record", "accounting-voucher", "commercial-letter",
                    "tax-document", "customer-master-data"}) {
                assertThat(RetentionLegalBases.of(category, STATED_VOUCHER_BASIS, ControllerStatus.NOT_A_MERCHANT,
                        language)).as(category + " in " + language).doesNotContain("HGB", "257");
                assertThat(RetentionLegalBases.provisions(category, ControllerStatus.NOT_A_MERCHANT, language)
                        .orElse("")).as(category + " in " + language).doesNotContain("HGB", "257");
            }
        }
        assertThat(RetentionLegalBases.of("accounting-voucher", STATED_VOUCHER_BASIS, ControllerStatus.NOT_A_MERCHANT,
                NoticeLanguage.DE)).isEqualTo("Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 4, Abs. 3 AO und § 14b Abs. 1"
                        + " UStG (Buchungsbelege einschließlich Rechnungen, 8 Jahre)");
        assertThat(RetentionLegalBases.of("accounting-record", "x", ControllerStatus.NOT_A_MERCHANT, NoticeLanguage.EN))
                .startsWith("retention obligation under Section 147(1) No. 1 and (3) of the German Fiscal Code (AO) (");
        assertThat(RetentionLegalBases.of("commercial-letter", "x", ControllerStatus.NOT_A_MERCHANT, NoticeLanguage.DE))
                .isEqualTo("Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 2 und 3, Abs. 3 AO (Handels- und Geschäftsbriefe,"
                        + " 6 Jahre)");
    }

    @Test
    void booksAndRecordsCountFromTheYearOfTheLastEntryOrTheYearTheyWereDrawnUp() {
        assertThat(RetentionLegalBases.of("accounting-record", "x", ControllerStatus.MERCHANT, NoticeLanguage.DE))
                .contains("Ende des Jahres der letzten Eintragung bzw. der Aufstellung");
        assertThat(RetentionLegalBases.of("accounting-record", "x", ControllerStatus.MERCHANT, NoticeLanguage.EN))
                .contains("end of the year of the last entry or of the year they were drawn up");
    }

    @Test
    void masterDataHeldAlongsideOtherRecordsCitesArticle17With6And1cAndTheLawsOfTheHeldRecords() {
        String stated = "Art. 17(3)(b), 18 GDPR: customer master data is kept while other records of the person are"
                + " on hold (§147(1) Nr. 4, (3) AO)";

        assertThat(RetentionLegalBases.of("customer-master-data", stated, ControllerStatus.MERCHANT, NoticeLanguage.DE))
                .startsWith("Art. 17 Abs. 3 lit. b i. V. m. Art. 6 Abs. 1 lit. c DSGVO und § 147 AO, § 257 HGB und"
                        + " § 14b UStG:")
                .doesNotContain("GDPR", "on hold", "Art. 18");
        assertThat(RetentionLegalBases.of("customer-master-data", stated, ControllerStatus.MERCHANT, NoticeLanguage.EN))
                .startsWith("Art. 17(3)(b) with Art. 6(1)(c) GDPR and Section 147 of the German Fiscal Code (AO),"
                        + " Section 257 of the German Commercial Code (HGB) and Section 14b of the German VAT Act"
                        + " (UStG):").doesNotContain("Art. 18");
        assertThat(RetentionLegalBases.of("customer-master-data", stated, ControllerStatus.NOT_A_MERCHANT,
                NoticeLanguage.DE)).startsWith("Art. 17 Abs. 3 lit. b i. V. m. Art. 6 Abs. 1 lit. c DSGVO und § 147 AO"
                        + " und § 14b UStG:")
                .doesNotContain("HGB");
    }

    @Test
    void masterDataCitesEveryLawThatRetentionCategoryNamesForAHoldAndNoOther() {
        for (ControllerStatus status : ControllerStatus.values()) {
            Set<RetentionLaw> laws = EnumSet.noneOf(RetentionLaw.class);
            for (RetentionCategory category : RetentionCategory.values()) {
                laws.addAll(category.statutoryLaws(status.boundByCommercialCode()));
            }
            String masterData = RetentionLegalBases.of("customer-master-data", "x", status, NoticeLanguage.DE);
            assertThat(masterData.contains("§ 14b UStG")).isEqualTo(laws.contains(RetentionLaw.VAT_ACT));
            assertThat(masterData.contains("§ 257 HGB")).isEqualTo(laws.contains(RetentionLaw.COMMERCIAL_CODE));
            assertThat(masterData).contains("§ 147 AO");
        }
    }

    @Test
    void holdOfACategoryNotKnownHereIsQuotedAsStated() {
        assertThat(RetentionLegalBases.of("payroll", "§ 41 EStG", ControllerStatus.MERCHANT, NoticeLanguage.DE)).isEqualTo("§ 41 EStG");
        assertThat(RetentionLegalBases.of(null, "§ 41 EStG", ControllerStatus.MERCHANT, NoticeLanguage.EN)).isEqualTo("§ 41 EStG");
    }
}

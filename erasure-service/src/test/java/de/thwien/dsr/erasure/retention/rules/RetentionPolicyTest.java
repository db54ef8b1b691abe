package de.thwien.dsr.erasure.retention.rules;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.erasure.retention.ConfiguredDeletionConcept;
import de.thwien.dsr.erasure.retention.rules.RetentionDecision.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The configured deletion concept against LEGAL.md §3 and the operator's privacy policy. */
class RetentionPolicyTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final RetentionPolicy policy = ConfiguredDeletionConcept.policy();

    @Test
    void legalExampleInvoiceOfJune2019IsRestrictedUntilEndOf2027() {
        RetentionDecision decision = policy.evaluate("accounting-voucher", parse("2019-06-10"), parse("2026-11-26"));

        assertThat(decision.decision()).isEqualTo(Decision.RESTRICT);
        assertThat(decision.holdUntil()).isEqualTo(parse("2027-12-31"));
        assertThat(decision.erasableFrom()).isEqualTo(parse("2028-01-01"));
        assertThat(decision.legalBasis()).contains("§147(1) Nr. 4, (3) AO").contains("§14b(1) UStG");
    }

    @ParameterizedTest(name = "{0} dated {1} is held until {2}")
    @CsvSource({
            // 10 years from the end of the document's year
            "accounting-record, 2019-06-10, 2029-12-31",
            "accounting-record, 2016-01-01, 2026-12-31",
            "accounting-record, 2016-12-31, 2026-12-31",
            // 8 years since BEG IV for every voucher whose 10-year period was still running on 31 Dec 2024
            "accounting-voucher, 2019-06-10, 2027-12-31",
            "accounting-voucher, 2017-01-01, 2025-12-31",
            "accounting-voucher, 2024-12-31, 2032-12-31",
            "accounting-voucher, 2025-01-01, 2033-12-31",
            "commercial-letter, 2022-03-15, 2028-12-31",
            "commercial-letter, 2020-12-31, 2026-12-31",
            "tax-document, 2021-01-01, 2027-12-31",
            "dsr-request-record, 2026-11-26, 2029-12-31"})
    void holdRunsFromTheEndOfTheDocumentsCalendarYear(String category, LocalDate documentDate, LocalDate holdUntil) {
        RetentionDecision decision = policy.evaluate(category, documentDate, documentDate);

        assertThat(decision.decision()).isEqualTo(Decision.RESTRICT);
        assertThat(decision.holdUntil()).isEqualTo(holdUntil);
        assertThat(decision.erasableFrom()).isEqualTo(holdUntil.plusDays(1));
        assertThat(decision.erasableFrom().getDayOfYear()).isEqualTo(1);
    }

    @Test
    void documentOfTheLastDayOfAYearIsHeldAsLongAsOneOfItsFirstDay() {
        RetentionDecision firstDay = policy.evaluate("commercial-letter", parse("2022-01-01"), parse("2026-11-26"));
        RetentionDecision lastDay = policy.evaluate("commercial-letter", parse("2022-12-31"), parse("2026-11-26"));

        assertThat(firstDay.holdUntil()).isEqualTo(lastDay.holdUntil()).isEqualTo(parse("2028-12-31"));
    }

    @Test
    void documentOfNewYearsDayStartsTheNextYearsPeriod() {
        RetentionDecision decision = policy.evaluate("commercial-letter", parse("2023-01-01"), parse("2026-11-26"));

        assertThat(decision.holdUntil()).isEqualTo(parse("2029-12-31"));
    }

    @Test
    void leapDayDocumentIsHeldToTheEndOfTheYear() {
        RetentionDecision decision = policy.evaluate("accounting-voucher", parse("2020-02-29"), parse("2026-11-26"));

        assertThat(decision.holdUntil()).isEqualTo(parse("2028-12-31"));
        assertThat(decision.erasableFrom()).isEqualTo(parse("2029-01-01"));
    }

    @ParameterizedTest(name = "on {0} the 2019 invoice is {1}")
    @CsvSource({
            "2027-12-30, RESTRICT",
            "2027-12-31, RESTRICT",
            "2028-01-01, ERASE",
            "2028-01-02, ERASE",
            "2019-06-10, RESTRICT"})
    void holdEndsAtMidnightOfTheLastDay(LocalDate asOf, Decision expected) {
        assertThat(policy.evaluate("accounting-voucher", parse("2019-06-10"), asOf).decision()).isEqualTo(expected);
    }

    @Test
    void erasableDecisionCarriesNoHoldData() {
        RetentionDecision decision = policy.evaluate("accounting-voucher", parse("2016-06-10"), parse("2026-11-26"));

        assertThat(decision).isEqualTo(RetentionDecision.erase());
        assertThat(decision.holdUntil()).isNull();
        assertThat(decision.erasableFrom()).isNull();
    }

    static Stream<Arguments> voucherTransition() {
        return Stream.of(
                // old 10-year period already over by 31 Dec 2024: old law, nothing changes
                Arguments.of("2013-07-01", "2023-12-31"),
                Arguments.of("2014-12-31", "2024-12-31"),
                // old period still running on 31 Dec 2024, 8 years already over then: erasable when BEG IV took effect
                Arguments.of("2015-01-01", "2024-12-31"),
                Arguments.of("2015-12-31", "2024-12-31"),
                // 8 years end exactly on 31 Dec 2024
                Arguments.of("2016-05-01", "2024-12-31"),
                // first vintage the 8 years really shorten into the future
                Arguments.of("2017-03-01", "2025-12-31"),
                Arguments.of("2018-11-11", "2026-12-31"));
    }

    @ParameterizedTest(name = "voucher of {0} is held until {1}")
    @MethodSource("voucherTransition")
    void eightYearVoucherRuleAppliesToEveryVoucherWhoseOldPeriodHadNotEndedBy2025(String dated, String holdUntil) {
        DeletionRule voucher = policy.rule("accounting-voucher");

        assertThat(voucher.erasableFrom(parse(dated)).minusDays(1)).isEqualTo(parse(holdUntil));
    }

    @Test
    void voucherOf2015WasStillRestrictedUnderTheOldLawOnNewYearsEve2024() {
        assertThat(policy.evaluate("accounting-voucher", parse("2015-06-01"), parse("2024-12-31")).decision())
                .isEqualTo(Decision.RESTRICT);
        assertThat(policy.evaluate("accounting-voucher", parse("2015-06-01"), parse("2025-01-01")).decision())
                .isEqualTo(Decision.ERASE);
    }

    @Test
    void generalCorrespondenceIsErasedAtOnce() {
        assertThat(policy.evaluate("general-correspondence", parse("2025-03-01"), parse("2025-03-01")).decision())
                .isEqualTo(Decision.ERASE);
    }

    @Test
    void anInvoiceDraftThatWasNeverIssuedIsNoVoucherAndErasedAtOnce() {
        assertThat(policy.evaluate("invoice-draft", parse("2024-03-01"), parse("2024-03-02")).decision())
                .isEqualTo(Decision.ERASE);
        assertThat(policy.rule("invoice-draft").legalBasis()).doesNotContain("AO", "HGB", "UStG");
    }

    @ParameterizedTest(name = "{0} holds nothing against an erasure request")
    @CsvSource({"conference-recording", "conference-log", "web-server-log", "backup", "conference-account",
            "voicemail", "customer-master-data"})
    void nonStatutoryRulesNeverHoldDataAgainstAnErasureRequest(String category) {
        assertThat(policy.evaluate(category, parse("2026-11-25"), parse("2026-11-26")).decision())
                .isEqualTo(Decision.ERASE);
    }

    @ParameterizedTest(name = "{0} made at {1} is routinely erased at {2}")
    @CsvSource({
            // LEGAL.md §3: "at most N days" counts from the moment, not the date: a log line of 10:00 on 1 March
            // (09:00 UTC) kept at most 2 days is gone by 10:00 on 3 March, never later
            "web-server-log, 2026-03-01T09:00:00Z, 2026-03-03T09:00:00Z",
            "web-server-log, 2026-12-31T22:59:59Z, 2027-01-02T22:59:59Z",
            "conference-log, 2026-11-26T13:15:00Z, 2026-11-27T13:15:00Z",
            "conference-log, 2024-02-28T23:30:00Z, 2024-02-29T23:30:00Z",
            "conference-recording, 2026-11-01T15:00:00Z, 2026-11-15T15:00:00Z",
            // days on the Berlin calendar: 14 days across the start of summer time are 14 × 24 h less one hour
            "conference-recording, 2026-03-20T09:00:00Z, 2026-04-03T08:00:00Z",
            "backup, 2026-05-10T02:00:00Z, 2026-11-10T03:00:00Z",
            // six months after 31 August end on the last day of February, leap year or not
            "backup, 2023-08-31T10:00:00Z, 2024-02-29T11:00:00Z",
            "backup, 2024-08-31T10:00:00Z, 2025-02-28T11:00:00Z",
            // a hold still runs to the end of its year: erasable from midnight of 1 January in Berlin
            "accounting-voucher, 2019-06-10T08:00:00Z, 2027-12-31T23:00:00Z"})
    void routineErasureCountsTheMaximumStorageFromTheMomentTheRecordWasMade(String category, Instant madeAt,
            Instant erasableAt) {
        assertThat(policy.routinelyErasableAt(category, madeAt, BERLIN)).isEqualTo(erasableAt);
    }

    @Test
    void everyCategoryOfTheLawAndThePrivacyPolicyHasARule() {
        assertThat(policy.categories()).contains(
                "accounting-record", "accounting-voucher", "commercial-letter", "tax-document",
                "general-correspondence", "invoice-draft", "dsr-request-record", "customer-master-data",
                "conference-recording", "conference-log", "web-server-log", "backup");
    }

    @Test
    void statutoryHoldsQuoteTheirProvisions() {
        assertThat(policy.rule("accounting-record").legalBasis()).contains("§147(1) Nr. 1, (3) AO", "§257(1) Nr. 1, (4) HGB");
        assertThat(policy.rule("commercial-letter").legalBasis()).contains("§147(1) Nr. 2, 3, (3) AO", "§257(1) Nr. 2, 3, (4) HGB");
        assertThat(policy.rule("tax-document").legalBasis()).contains("§147(1) Nr. 5, (3) AO");
    }

    @Test
    void controllerWhoIsNoMerchantHoldsOnTaxLawAloneAndNeverCitesTheCommercialCode() {
        RetentionPolicy notAMerchant = ConfiguredDeletionConcept.policy(false);

        for (String category : notAMerchant.categories()) {
            assertThat(notAMerchant.rule(category).legalBasis()).as(category).doesNotContain("HGB", "§257");
        }
        assertThat(notAMerchant.rule("accounting-voucher").legalBasis()).contains("§147(1) Nr. 4, (3) AO", "§14b(1) UStG");
        assertThat(notAMerchant.rule("accounting-record").legalBasis()).contains("§147(1) Nr. 1, (3) AO");
        assertThat(notAMerchant.rule("accounting-record").period()).isEqualTo(policy.rule("accounting-record").period());
    }

    @Test
    void merchantHoldsVouchersOnTaxLawCommercialLawAndVatLaw() {
        assertThat(policy.rule("accounting-voucher").legalBasis())
                .contains("§147(1) Nr. 4, (3) AO", "§257(1) Nr. 4, (4) HGB", "§14b(1) UStG");
    }

    @Test
    void unknownCategoryIsRefusedByName() {
        assertThatThrownBy(() -> policy.evaluate("love-letter", parse("2020-01-01"), parse("2026-01-01")))
                .isInstanceOf(UnknownRetentionCategoryException.class)
                .hasMessageContaining("love-letter");
    }

    @Test
    void twoRulesForOneCategoryAreRejected() {
        DeletionRule rule = policy.rule("tax-document");

        assertThatThrownBy(() -> new RetentionPolicy(java.util.List.of(rule, rule)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

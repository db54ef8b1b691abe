package de.thwien.dsr.subjectindex.access.archive;

import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.RetentionCategory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionTest {

    @Test
    void theCopysHoldsAndStorageLimitsAreTheCategorysPeriodsFromTheContracts() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        for (RetentionCategory category : RetentionCategory.values()) {
            Retention retention = Retention.of(category, LocalDate.of(2025, 6, 10), today, Optional.empty());
            category.statutoryPeriod().ifPresent(period -> assertThat(retention.keptUntil()).as(category.id())
                    .isEqualTo(LocalDate.of(2025 + period.getYears(), 12, 31)));
            category.maximumStorage().ifPresent(period -> assertThat(retention.erasedFrom()).as(category.id())
                    .isEqualTo(LocalDate.of(2025, 6, 10).plus(period)));
        }
    }


    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    @Test
    void anInvoiceOfJune2019IsKeptToTheEndOf2027AndErasedFromNewYear2028() {
        Retention retention = Retention.of(RetentionCategory.ACCOUNTING_VOUCHER, LocalDate.of(2019, 6, 10), TODAY,
                Optional.empty());

        assertThat(retention.kind()).isEqualTo(Retention.Kind.HOLD);
        assertThat(retention.keptUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(retention.erasedFrom()).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void aBusinessLetterIsKeptSixYearsAndBooksTenFromTheEndOfTheirYear() {
        assertThat(Retention.of(RetentionCategory.COMMERCIAL_LETTER, LocalDate.of(2024, 1, 2), TODAY, Optional.empty())
                .keptUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(Retention.of(RetentionCategory.ACCOUNTING_RECORD, LocalDate.of(2024, 12, 31), TODAY,
                Optional.empty()).keptUntil()).isEqualTo(LocalDate.of(2034, 12, 31));
    }

    @Test
    void aHoldThatHasEndedSaysSo() {
        assertThat(Retention.of(RetentionCategory.COMMERCIAL_LETTER, LocalDate.of(2018, 5, 1), TODAY, Optional.empty())
                .kind()).isEqualTo(Retention.Kind.HOLD_ENDED);
    }

    @Test
    void masterDataIsKeptUntilTheLastHoldOfThePersonsRecordsEnds() {
        Retention retention = Retention.of(RetentionCategory.CUSTOMER_MASTER_DATA, LocalDate.of(2020, 1, 1), TODAY,
                Optional.of(LocalDate.of(2032, 12, 31)));

        assertThat(retention.kind()).isEqualTo(Retention.Kind.UNTIL_LAST_HOLD);
        assertThat(retention.keptUntil()).isEqualTo(LocalDate.of(2032, 12, 31));
    }

    @Test
    void withoutAStatutoryHoldOrALimitTheCategoryDecidesInWords() {
        assertThat(Retention.of(RetentionCategory.GENERAL_CORRESPONDENCE, LocalDate.of(2026, 3, 1), TODAY,
                Optional.empty()).kind()).isEqualTo(Retention.Kind.DECIDED_BY_CATEGORY);
        assertThat(Retention.of(RetentionCategory.ACCOUNTING_VOUCHER, null, TODAY, Optional.empty()).kind())
                .isEqualTo(Retention.Kind.DECIDED_BY_CATEGORY);
    }

    @Test
    void aConferenceRecordingIsErasedAtTheLatestFourteenDaysAfterItWasMade() {
        Retention retention = Retention.of(RetentionCategory.CONFERENCE_RECORDING, LocalDate.of(2026, 3, 1), TODAY,
                Optional.empty());

        assertThat(retention.kind()).isEqualTo(Retention.Kind.STORAGE_LIMIT);
        assertThat(retention.erasedFrom()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void logsAndBackupsGetTheEndOfTheLongestTimeThePrivacyPolicyKeepsThem() {
        LocalDate written = LocalDate.of(2026, 3, 4);

        assertThat(Retention.of(RetentionCategory.CONFERENCE_LOG, written, TODAY, Optional.empty()).erasedFrom())
                .isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(Retention.of(RetentionCategory.WEB_SERVER_LOG, written, TODAY, Optional.empty()).erasedFrom())
                .isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(Retention.of(RetentionCategory.BACKUP, written, TODAY, Optional.empty()).erasedFrom())
                .isEqualTo(LocalDate.of(2026, 9, 4));
    }

    @Test
    void aRecordingFoundAfterItsLimitSaysItGoesWithTheNextRoutineErasure() {
        Retention retention = Retention.of(RetentionCategory.CONFERENCE_RECORDING, LocalDate.of(2026, 1, 10), TODAY,
                Optional.empty());

        assertThat(retention.kind()).isEqualTo(Retention.Kind.STORAGE_LIMIT_PASSED);
        assertThat(retention.erasedFrom()).isEqualTo(LocalDate.of(2026, 1, 24));
    }

    @Test
    void aMailOf2018WithAnInvoiceLosesItsTextIn2025AndItsInvoiceIn2027() {
        Retention retention = Retention.of(RetentionCategory.ACCOUNTING_VOUCHER, LocalDate.of(2018, 3, 12),
                LocalDate.of(2024, 6, 1), Optional.empty(), List.of(
                        new Finding.Part(Finding.PartKind.BODY, "commercial-letter"),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")));

        assertThat(retention.erasedFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(retention.parts()).containsExactly(
                new Retention.PartRetention(Finding.PartKind.BODY, new Retention(Retention.Kind.HOLD,
                        RetentionCategory.COMMERCIAL_LETTER, LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1))),
                new Retention.PartRetention(Finding.PartKind.ATTACHMENTS, new Retention(Retention.Kind.HOLD,
                        RetentionCategory.ACCOUNTING_VOUCHER, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1))));
    }

    @Test
    void aRecordThatIsOneWholeHasNoParts() {
        assertThat(Retention.of(RetentionCategory.COMMERCIAL_LETTER, LocalDate.of(2024, 1, 2), TODAY, Optional.empty(),
                List.of()).parts()).isEmpty();
    }
}

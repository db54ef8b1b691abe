package de.thwien.dsr.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * LEGAL.md §3's periods, said once by {@link RetentionCategory}: the statutory holds of its table (N years) and the
 * privacy policy's maximum storage ("at most N days"); erasure-service, subject-index and notifier count with these.
 */
class RetentionPeriodsTest {

    @Test
    void theStatutoryHoldsAreThoseOfLegalMdsTable() {
        Map<RetentionCategory, Period> table = Map.of(
                RetentionCategory.ACCOUNTING_RECORD, Period.ofYears(10),
                RetentionCategory.ACCOUNTING_VOUCHER, Period.ofYears(8),
                RetentionCategory.COMMERCIAL_LETTER, Period.ofYears(6),
                RetentionCategory.TAX_DOCUMENT, Period.ofYears(6));

        for (RetentionCategory category : RetentionCategory.values()) {
            assertThat(category.statutoryPeriod()).as(category.id())
                    .isEqualTo(Optional.ofNullable(table.get(category)));
        }
    }

    @Test
    void theMaximumStorageIsThatOfThePrivacyPolicy() {
        Map<RetentionCategory, Period> policy = Map.of(
                RetentionCategory.CONFERENCE_RECORDING, Period.ofDays(14),
                RetentionCategory.CONFERENCE_LOG, Period.ofDays(1),
                RetentionCategory.WEB_SERVER_LOG, Period.ofDays(2),
                RetentionCategory.BACKUP, Period.ofMonths(6));

        for (RetentionCategory category : RetentionCategory.values()) {
            assertThat(category.maximumStorage()).as(category.id())
                    .isEqualTo(Optional.ofNullable(policy.get(category)));
        }
    }

    @Test
    void aCategoryWithAStatutoryHoldHasNoMaximumStorageAndOnlyThoseHaveLaws() {
        for (RetentionCategory category : RetentionCategory.values()) {
            assertThat(category.statutoryPeriod().isPresent() && category.maximumStorage().isPresent())
                    .as(category.id()).isFalse();
            assertThat(category.statutoryPeriod().isPresent()).as(category.id())
                    .isEqualTo(!category.statutoryLaws().isEmpty());
        }
    }
}

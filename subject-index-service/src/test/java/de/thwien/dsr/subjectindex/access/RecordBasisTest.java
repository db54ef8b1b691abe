package de.thwien.dsr.subjectindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.subjectindex.access.archive.PackageTexts;
import de.thwien.dsr.subjectindex.access.archive.Retention;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The legal basis index.html gives a record: the legal obligation only while the statutory hold lasts. */
class RecordBasisTest {

    private static final Map<String, String> DE = PackageTexts.of("de");
    private static final String INVOICE_BASES = "Art. 6(1)(b), 6(1)(c) GDPR with § 147 AO";

    @Test
    void aRecordWhoseHoldHasEndedIsNotDescribedAsKeptForALegalObligation() {
        Retention ended = new Retention(Retention.Kind.HOLD_ENDED, RetentionCategory.ACCOUNTING_VOUCHER,
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1));

        assertThat(AccessIndexPage.basis(DE, INVOICE_BASES, ended)).contains("lit. b").doesNotContain("lit. c");
        assertThat(AccessIndexPage.basis(DE, "Art. 6(1)(c) GDPR with § 147 AO", ended))
                .doesNotContain("lit. c").isEqualTo(DE.get("basis.holdEnded"));
    }

    @Test
    void aRecordUnderItsHoldNamesTheLegalObligation() {
        Retention held = new Retention(Retention.Kind.HOLD, RetentionCategory.ACCOUNTING_VOUCHER,
                LocalDate.of(2034, 12, 31), LocalDate.of(2035, 1, 1));

        assertThat(AccessIndexPage.basis(DE, INVOICE_BASES, held)).contains("lit. b").contains("lit. c");
    }

    @Test
    void aRecordKeptUnderAHoldWhoseStoreNamesOnlyTheContractAlsoNamesTheLegalObligation() {
        Retention held = new Retention(Retention.Kind.HOLD, RetentionCategory.COMMERCIAL_LETTER,
                LocalDate.of(2028, 12, 31), LocalDate.of(2029, 1, 1));

        assertThat(AccessIndexPage.basis(DE, "Art. 6(1)(b) GDPR (contract)", held)).contains("lit. b")
                .contains("lit. c");
    }
}

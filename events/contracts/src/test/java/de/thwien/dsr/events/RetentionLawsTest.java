package de.thwien.dsr.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** LEGAL.md §3's table: which laws hold which category, the one list notices and the access copy cite. */
class RetentionLawsTest {

    @Test
    void aMerchantsVoucherIsHeldByTaxLawCommercialLawAndVatLawInThatOrder() {
        assertThat(RetentionCategory.ACCOUNTING_VOUCHER.statutoryLaws(true))
                .containsExactly(RetentionLaw.TAX_CODE, RetentionLaw.COMMERCIAL_CODE, RetentionLaw.VAT_ACT);
    }

    @Test
    void forAControllerWhoIsNoMerchantNoCategoryIsHeldByTheCommercialCode() {
        for (RetentionCategory category : RetentionCategory.values()) {
            assertThat(category.statutoryLaws(false)).doesNotContain(RetentionLaw.COMMERCIAL_CODE);
        }
        assertThat(RetentionCategory.ACCOUNTING_VOUCHER.statutoryLaws(false))
                .containsExactly(RetentionLaw.TAX_CODE, RetentionLaw.VAT_ACT);
    }

    @Test
    void lettersAndBooksAreHeldByTaxAndCommercialLawOtherTaxDocumentsByTaxLawAloneAndCorrespondenceByNone() {
        assertThat(RetentionCategory.COMMERCIAL_LETTER.statutoryLaws(true))
                .containsExactly(RetentionLaw.TAX_CODE, RetentionLaw.COMMERCIAL_CODE);
        assertThat(RetentionCategory.ACCOUNTING_RECORD.statutoryLaws(true))
                .containsExactly(RetentionLaw.TAX_CODE, RetentionLaw.COMMERCIAL_CODE);
        assertThat(RetentionCategory.TAX_DOCUMENT.statutoryLaws(true)).containsExactly(RetentionLaw.TAX_CODE);
        assertThat(RetentionCategory.GENERAL_CORRESPONDENCE.statutoryLaws(true)).isEmpty();
    }

    @Test
    void anInvoiceDraftThatWasNeverIssuedIsNoVoucherAndHeldByNoLaw() {
        assertThat(RetentionCategory.INVOICE_DRAFT.statutoryLaws(true)).isEmpty();
        assertThat(RetentionCategory.of("invoice-draft")).isEqualTo(RetentionCategory.INVOICE_DRAFT);
    }
}

package de.thwien.dsr.notifier.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProcessingPurposesTest {

    /** Every retention category of the erasure-service's deletion concept (its application.properties). */
    @ParameterizedTest
    @ValueSource(strings = {"accounting-record", "accounting-voucher", "commercial-letter", "tax-document",
            "general-correspondence", "invoice-draft", "dsr-request-record", "customer-master-data",
            "conference-account", "voicemail", "conference-recording", "conference-log", "web-server-log", "backup"})
    void everyCategoryOfTheDeletionConceptNamesItsPurposeInBothLanguages(String category) {
        String german = ProcessingPurposes.of(category, "stated", NoticeLanguage.DE);
        String english = ProcessingPurposes.of(category, "stated", NoticeLanguage.EN);

        assertThat(german).isNotEqualTo("stated").isNotEqualTo(english);
        assertThat(english).isNotEqualTo("stated");
    }

    @Test
    void invoicesAreKeptForInvoicingAndBookkeeping() {
        assertThat(ProcessingPurposes.of("accounting-voucher", null, NoticeLanguage.DE))
                .isEqualTo("Abrechnung und Buchführung (Rechnungen und andere Buchungsbelege)");
        assertThat(ProcessingPurposes.of("accounting-voucher", null, NoticeLanguage.EN))
                .isEqualTo("Invoicing and bookkeeping (invoices and other accounting vouchers)");
    }

    @Test
    void purposeOfAnUnknownOrMissingIdIsQuotedAsStated() {
        assertThat(ProcessingPurposes.of("payroll", "payroll accounting", NoticeLanguage.DE))
                .isEqualTo("payroll accounting");
        assertThat(ProcessingPurposes.of(null, "invoicing", NoticeLanguage.DE)).isEqualTo("invoicing");
    }
}

package de.thwien.dsr.notifier.notices;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class NoticeRendererTests {

    @Inject
    NoticeRenderer renderer;

    private AcknowledgementNotice noticeFor(String name) {
        return new AcknowledgementNotice("DSR-1234ABCD", name, "Auskunft (Art. 15 DSGVO)", "5. März 2026",
                "7. April 2026", "http://localhost/status/t");
    }

    @Test
    void markupInANameIsEscapedInTheHtmlPart() {
        RenderedNotice notice = renderer.render(NoticeKind.ACKNOWLEDGEMENT, NoticeLanguage.DE,
                noticeFor("<script>alert('x')</script>"));

        assertThat(notice.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void subjectIsOneLineWithTheCaseReference() {
        RenderedNotice notice = renderer.render(NoticeKind.ACKNOWLEDGEMENT, NoticeLanguage.EN, noticeFor(null));

        assertThat(notice.subject()).isEqualTo("We have received your data protection request (case DSR-1234ABCD)");
        assertThat(notice.text()).startsWith("Hello,");
    }

    private RenderedNotice erasureConfirmation(NoticeLanguage language) {
        return renderer.render(NoticeKind.ERASURE_CONFIRMATION, language, ErasureEventNotices.confirmation(
                NotifierTestKit.recordsErased("1234abcd-0000-4000-8000-000000000000", RequestType.ERASURE,
                        language.code(), "erika@example.org"), language));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void erasureConfirmationNamesNoTechnicalReferenceOfARecord(NoticeLanguage language) {
        RenderedNotice notice = erasureConfirmation(language);

        for (String part : new String[] {notice.text(), notice.html()}) {
            assertThat(part).doesNotContain(NotifierTestKit.MAIL_REFERENCE, NotifierTestKit.INVOICE_REFERENCE,
                    NotifierTestKit.MASTER_DATA_REFERENCE, "recordings/rec-9", "imap://", "UIDVALIDITY", "users/");
        }
    }

    @Test
    void germanErasureConfirmationStatesARestrictedInvoiceAndItsLegalBasisInGerman() {
        RenderedNotice notice = erasureConfirmation(NoticeLanguage.DE);

        assertThat(notice.text()).contains("""
                - Buchungsbeleg (z. B. Rechnung) vom 10. Juni 2019 in unserer Kunden- und Rechnungsverwaltung
                  Rechtsgrundlage: Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 4, Abs. 3 AO, § 257 Abs. 1 Nr. 4, \
                Abs. 4 HGB und § 14b Abs. 1 UStG (Buchungsbelege einschließlich Rechnungen, 8 Jahre); \
                Aufbewahrung bis 31. Dezember 2027; wird gelöscht ab 1. Januar 2028
                """);
        assertThat(notice.text()).contains("- E-Mail vom 12. März 2024 im Postfach „info“ – allgemeine Korrespondenz")
                .doesNotContain("years", "BEG IV", "GDPR", "customer master data is kept");
        assertThat(notice.html()).contains("Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 4, Abs. 3 AO")
                .doesNotContain("years", "BEG IV");
    }

    @Test
    void englishErasureConfirmationStatesARestrictedInvoiceAndItsLegalBasisInEnglish() {
        RenderedNotice notice = erasureConfirmation(NoticeLanguage.EN);

        assertThat(notice.text()).contains("""
                - Accounting voucher (e.g. invoice) dated 10 June 2019 in our customer and invoice records
                  Legal basis: retention obligation under Section 147(1) No. 4 and (3) of the German Fiscal Code \
                (AO), Section 257(1) No. 4 and (4) of the German Commercial Code (HGB) and Section 14b(1) of the \
                German VAT Act (UStG) (accounting vouchers, including invoices; 8 years); kept until \
                31 December 2027; erased from 1 January 2028
                """);
        assertThat(notice.text()).contains("- Email dated 12 March 2024 in our mailbox “info” – general correspondence")
                .doesNotContain("Nr. 4", "Buchungsbeleg", "Rechnungsverwaltung", "Postfach");
        assertThat(notice.html()).contains("retention obligation under Section 147(1) No. 4 and (3)")
                .doesNotContain("Nr. 4");
    }
}

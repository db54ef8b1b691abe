package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.notices.ExpectedWords.inEither;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class NoticeRendererTests {

    @Inject
    NoticeRenderer renderer;

    private AcknowledgementNotice noticeFor(String name) {
        return new AcknowledgementNotice("DSR-1234ABCD", name, "Auskunft (Art. 15 DSGVO)", "sie", "5. März 2026",
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
        return renderer.render(NoticeKind.ERASURE_CONFIRMATION, language, ErasureConfirmations.of(
                NotifierTestKit.recordsErased("1234abcd-0000-4000-8000-000000000000", RequestType.ERASURE,
                        language.code(), "erika@example.org"), NoticeSamples.recipientsTold(language), ControllerStatus.MERCHANT, language));
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
                Aufbewahrung bis 31. Dezember 2027; wird ab dem 1. Januar 2028 gelöscht
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

    private RenderedNotice consentWithdrawalConfirmation(NoticeLanguage language) {
        return renderer.render(NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION, language,
                ErasureConfirmations.of(NotifierTestKit.recordsErased("1234abcd-0000-4000-8000-000000000000",
                        RequestType.CONSENT_WITHDRAWAL, language.code(), "erika@example.org"), NoticeSamples.recipientsTold(language), ControllerStatus.MERCHANT, language));
    }

    @Test
    void germanConsentWithdrawalConfirmationNamesContinuingProcessingAndItsBasisInGerman() {
        RenderedNotice notice = consentWithdrawalConfirmation(NoticeLanguage.DE);

        assertThat(notice.text()).contains("""
                - Abwicklung Ihrer Aufträge (Geschäftsbriefe und E-Mails zu einem Auftrag) – Rechtsgrundlage: \
                Art. 6 Abs. 1 lit. b DSGVO (Vertrag oder vorvertragliche Maßnahmen); Art. 6 Abs. 1 lit. c DSGVO \
                (rechtliche Verpflichtung) in Verbindung mit § 147 Abs. 1 Nr. 2 und 3, Abs. 3 AO und § 257 Abs. 1 \
                Nr. 2 und 3, Abs. 4 HGB
                - Abrechnung und Buchführung (Rechnungen und andere Buchungsbelege) – Rechtsgrundlage: Art. 6 Abs. 1 \
                lit. c DSGVO (rechtliche Verpflichtung) in Verbindung mit § 147 Abs. 1 Nr. 4, Abs. 3 AO, § 257 Abs. 1 \
                Nr. 4, Abs. 4 HGB und § 14b Abs. 1 UStG
                """);
        assertThat(notice.html()).contains("Abrechnung und Buchführung (Rechnungen und andere Buchungsbelege)")
                .contains("Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung)");
    }

    @Test
    void germanConsentWithdrawalConfirmationSaysInGermanWhyRecordsAreKept() {
        RenderedNotice notice = consentWithdrawalConfirmation(NoticeLanguage.DE);

        assertThat(notice.text()).contains("- E-Mail vom 1. März 2022 im Postfach „info“ – Geschäftsbrief, "
                + "Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO (Vertrag oder vorvertragliche Maßnahmen); Art. 6 Abs. 1"
                + " lit. c DSGVO (rechtliche Verpflichtung) in Verbindung mit § 147 Abs. 1 Nr. 2 und 3, Abs. 3 AO und"
                + " § 257 Abs. 1 Nr. 2 und 3, Abs. 4 HGB, Grund: Wir verarbeiten diese Daten nicht aufgrund Ihrer"
                + " Einwilligung, sondern auf einer anderen Rechtsgrundlage; Ihr Widerruf beendet diese Verarbeitung"
                + " daher nicht (Art. 7 Abs. 3, Art. 17 Abs. 1 lit. b DSGVO), Zweck: Abwicklung Ihrer Aufträge"
                + " (Geschäftsbriefe und E-Mails zu einem Auftrag); Aufbewahrung bis 31. Dezember 2028, wird ab dem"
                + " 1. Januar 2029 gelöscht\n");
        assertThat(notice.text()).contains("- Daten auf unserem Web-Konferenz-Server, Grund: Dieses System war bei"
                + " der Suche nicht erreichbar; wir durchsuchen es, sobald es wieder erreichbar ist");
    }

    @Test
    void germanConsentWithdrawalConfirmationHasNoEnglishLeft() {
        RenderedNotice notice = consentWithdrawalConfirmation(NoticeLanguage.DE);

        for (String part : new String[] {notice.text(), notice.html()}) {
            assertThat(part).doesNotContain(NotifierTestKit.ERASURE_SERVICE_WORDS.toArray(String[]::new))
                    .doesNotContain("GDPR", "Art. 6(1)", "legal basis", "reason:", "years", "Rechnungsstellung");
        }
    }

    @Test
    void englishConsentWithdrawalConfirmationNamesContinuingProcessingAndKeptRecordsInEnglish() {
        RenderedNotice notice = consentWithdrawalConfirmation(NoticeLanguage.EN);

        assertThat(notice.text()).contains("""
                - Handling your orders (business letters and emails about an order) – legal basis: Art. 6(1)(b) \
                GDPR (contract or pre-contractual steps); Art. 6(1)(c) GDPR (legal obligation) in conjunction with \
                Section 147(1) Nos. 2 and 3 and (3) of the German Fiscal Code (AO) and Section 257(1) Nos. 2 and 3 \
                and (4) of the German Commercial Code (HGB)
                - Invoicing and bookkeeping (invoices and other accounting vouchers) – legal basis: Art. 6(1)(c) GDPR \
                (legal obligation) in conjunction with Section 147(1) No. 4 and (3) of the German Fiscal Code (AO), \
                Section 257(1) No. 4 and (4) of the German Commercial Code (HGB) and Section 14b(1) of the German VAT \
                Act (UStG)
                """);
        assertThat(notice.text()).contains("- Email dated 1 March 2022 in our mailbox “info” – business letter, "
                        + "legal basis: Art. 6(1)(b) GDPR (contract or pre-contractual steps); Art. 6(1)(c) GDPR")
                .contains("reason: we do not process this data on the basis of your consent but on another legal"
                        + " basis, so your withdrawal does not end this processing (Art. 7(3), Art. 17(1)(b) GDPR),"
                        + " purpose: Handling your orders (business letters and emails about an order); kept until"
                        + " 31 December 2028, erased from 1 January 2029\n")
                .contains("- Data on our web conference server, reason: this system could not be searched because it"
                        + " was unavailable; we will search it as soon as it is available again");
        for (String part : new String[] {notice.text(), notice.html()}) {
            assertThat(part).doesNotContain(NotifierTestKit.ERASURE_SERVICE_WORDS.toArray(String[]::new))
                    .doesNotContain("DSGVO", "Abs.", "Rechtsgrundlage", "Grund:", "Rechnungsstellung");
        }
    }

    @Test
    void germanErasureConfirmationSaysInGermanWhyRecordsAreKept() {
        RenderedNotice notice = erasureConfirmation(NoticeLanguage.DE);

        assertThat(notice.text()).contains("""
                Weiter aufbewahrt:
                - E-Mail vom 2. Februar 2025 im Postfach „info“ – allgemeine Korrespondenz, Grund: Die Daten passen \
                nur dem Namen nach zu Ihnen; wir prüfen noch, ob sie Sie betreffen, und verändern sie bis dahin nicht
                - Daten auf unserem Web-Konferenz-Server, Grund: Dieses System war bei der Suche nicht erreichbar; wir \
                durchsuchen es, sobald es wieder erreichbar ist, und verfahren dann mit Ihren Daten dort ebenso
                """);
        for (String part : new String[] {notice.text(), notice.html()}) {
            assertThat(part).doesNotContain(NotifierTestKit.ERASURE_SERVICE_WORDS.toArray(String[]::new))
                    .doesNotContain("GDPR", "legal basis", "reason:", "years");
        }
    }

    @Test
    void englishErasureConfirmationSaysInEnglishWhyRecordsAreKept() {
        RenderedNotice notice = erasureConfirmation(NoticeLanguage.EN);

        assertThat(notice.text()).contains("""
                Kept:
                - Email dated 2 February 2025 in our mailbox “info” – general correspondence, reason: the data \
                matches you by name only; we are still checking whether it concerns you and leave it unchanged until \
                then
                - Data on our web conference server, reason: this system could not be searched because it was \
                unavailable; we will search it as soon as it is available again and then deal with your data there \
                in the same way
                """);
        for (String part : new String[] {notice.text(), notice.html()}) {
            assertThat(part).doesNotContain(NotifierTestKit.ERASURE_SERVICE_WORDS.toArray(String[]::new))
                    .doesNotContain("DSGVO", "Grund:", "Postfach");
        }
    }

    private RenderedNotice erasureConfirmationWithOperatorTasksOpen(NoticeLanguage language) {
        ErasureEvents.RecordsErased erased = NotifierTestKit.recordsErased("1234abcd-0000-4000-8000-000000000000",
                RequestType.ERASURE, language.code(), "erika@example.org");
        ErasureEvents.RecordsErased withTasks = new ErasureEvents.RecordsErased(erased.caseId(), erased.requestType(),
                erased.language(), erased.records(), erased.restricted(), erased.kept(), erased.continuing(),
                erased.recipientsInformed(), erased.personal(), List.of(
                        new ErasureEvents.OpenOperatorTask("conference", "recordings/rec-9",
                                ErasureEvents.OperatorTaskKind.PURGE_RECORDING_MEDIA),
                        new ErasureEvents.OpenOperatorTask("conference", "recordings/rec-10",
                                ErasureEvents.OperatorTaskKind.PURGE_RECORDING_MEDIA),
                        new ErasureEvents.OpenOperatorTask("conference", "users/00000000-0000-0000-0000-0000000000a1",
                                ErasureEvents.OperatorTaskKind.DELETE_STORED_FILE)));
        return renderer.render(NoticeKind.ERASURE_CONFIRMATION, language,
                ErasureConfirmations.of(withTasks, NoticeSamples.recipientsTold(language), ControllerStatus.MERCHANT,
                        language));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void confirmationSaysHonestlyThatTheRecordingsRawDataAndStoredFilesAreStillToBeDeletedOnTheServer(
            NoticeLanguage language) {
        RenderedNotice notice = erasureConfirmationWithOperatorTasksOpen(language);

        String heading = inEither(language, "Noch nicht abgeschlossen:", "Not finished yet:");
        String media = inEither(language, "Die Rohdaten der gelöschten Konferenzaufzeichnungen liegen noch auf dem"
                + " Konferenzserver", "The raw data of the deleted conference recordings are still on the conference"
                + " server");
        String files = inEither(language, "liegen noch im Dateispeicher des jeweiligen Servers", "are still in the file storage of the server concerned");
        assertThat(notice.text()).contains(heading, media, files);
        // one sentence per kind of work, however many recordings
        assertThat(notice.text().split(java.util.regex.Pattern.quote(media), -1)).hasSize(2);
        assertThat(notice.html()).contains(heading, media, files.replace("'", "&#39;"));
        assertThat(notice.text()).doesNotContain("bbb-record", "recordings/rec-9", "storage/");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void confirmationSaysHerMentionWasRemovedFromAnotherPersonsMessageWithoutSayingWhose(NoticeLanguage language) {
        ErasureEvents.RecordsErased erased = NotifierTestKit.recordsErased("1234abcd-0000-4000-8000-000000000000",
                RequestType.ERASURE, language.code(), "miriam.schulte@example.org");
        ErasureEvents.RecordsErased withMention = new ErasureEvents.RecordsErased(erased.caseId(),
                erased.requestType(), erased.language(), erased.records(), erased.restricted(), erased.kept(),
                erased.continuing(), erased.recipientsInformed(), erased.personal(), List.of(), List.of(
                        new ErasureEvents.ErasedRecord("mail", "imap://info/INBOX;UIDVALIDITY=17/;UID=815",
                                "general-correspondence", Instant.parse("2026-03-20T09:00:00Z"),
                                LocalDate.parse("2025-02-02"))));

        RenderedNotice notice = renderer.render(NoticeKind.ERASURE_CONFIRMATION, language,
                ErasureConfirmations.of(withMention, NoticeSamples.recipientsTold(language), ControllerStatus.MERCHANT,
                        language));

        String sentence = inEither(language, "Nur Ihre Erwähnung entfernt: Die folgenden Nachrichten hat eine andere"
                + " Person geschrieben", "Only your mention removed: another person wrote the following messages");
        String replaced = inEither(language, "durch „[entfernt]“ ersetzt", "by “[removed]”");
        assertThat(notice.text()).contains(sentence, replaced, inEither(language, "Erwähnung entfernt am",
                "mention removed on")).doesNotContain("UID=815");
        assertThat(notice.html()).contains(sentence);
        assertThat(erasureConfirmation(language).text()).doesNotContain(sentence);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void confirmationWithNothingLeftToTheOperatorClaimsNothingIsPending(NoticeLanguage language) {
        assertThat(erasureConfirmation(language).text())
                .doesNotContain(inEither(language, "Noch nicht abgeschlossen:", "Not finished yet:"));
    }

    private RenderedNotice erasureConfirmationWithThePinnedInvoice(NoticeLanguage language) {
        ErasureEvents.RecordsErased erased = NotifierTestKit.recordsErased("1234abcd-0000-4000-8000-000000000000",
                RequestType.ERASURE, language.code(), "erika@example.org");
        ErasureEvents.RestrictedRecord invoice = erased.restricted().get(0);
        ErasureEvents.RecordsErased pinned = new ErasureEvents.RecordsErased(erased.caseId(), erased.requestType(),
                erased.language(), erased.records(), List.of(new ErasureEvents.RestrictedRecord(invoice.store(),
                        invoice.reference(), invoice.retentionCategory(), invoice.legalBasis(),
                        LocalDate.parse("2030-12-31"), LocalDate.parse("2031-01-01"), invoice.retentionStart(),
                        ErasureEvents.ReasonCode.PINNED_HOLD)),
                erased.kept(), erased.continuing(), erased.recipientsInformed(), erased.personal());
        return renderer.render(NoticeKind.ERASURE_CONFIRMATION, language,
                ErasureConfirmations.of(pinned, NoticeSamples.recipientsTold(language), ControllerStatus.MERCHANT, language));
    }

    private RenderedNotice erasureConfirmationWithDeclinedItems(NoticeLanguage language) {
        ErasureEvents.RecordsErased erased = NotifierTestKit.recordsErased("1234abcd-0000-4000-8000-000000000000",
                RequestType.ERASURE, language.code(), "erika@example.org");
        ErasureEvents.PlanItem namesake = new ErasureEvents.PlanItem("mail", "imap://info/INBOX/9/77",
                "general-correspondence", ErasureEvents.PlannedAction.KEEP, null, "Art. 6(1)(f) GDPR",
                "another Erika Mustermann", false, LocalDate.parse("2023-08-08"),
                ErasureEvents.ReasonCode.NOT_THE_REQUESTER,
                List.of(ErasureEvents.ProcessingBasis.LEGITIMATE_INTERESTS));
        ErasureEvents.RecordsErased declined = new ErasureEvents.RecordsErased(erased.caseId(), erased.requestType(),
                erased.language(), erased.records(), erased.restricted(), List.of(NoticeSamples.keptForLegalClaims(), namesake),
                erased.continuing(), erased.recipientsInformed(), erased.personal());
        return renderer.render(NoticeKind.ERASURE_CONFIRMATION, language,
                ErasureConfirmations.of(declined, NoticeSamples.recipientsTold(language), ControllerStatus.MERCHANT, language));
    }

    @Test
    void itemsTheAssistantDeclinedAreExplainedWithComplaintAndJudicialRemedyAndAnotherPersonsAreLeftOut() {
        RenderedNotice german = erasureConfirmationWithDeclinedItems(NoticeLanguage.DE);
        RenderedNotice english = erasureConfirmationWithDeclinedItems(NoticeLanguage.EN);

        assertThat(german.text())
                .contains("Verteidigung von Rechtsansprüchen (Art. 17 Abs. 3 lit. e DSGVO): Lieferung 4711 ist"
                        + " Gegenstand einer Klage")
                .contains("Soweit wir Ihrem Antrag nicht wie beantragt nachgekommen sind")
                .contains("Datenschutzaufsichtsbehörde zu beschweren (Art. 77 DSGVO)")
                .contains("gerichtlichen Rechtsbehelf gegen uns als Verantwortlichen (Art. 79 DSGVO)")
                .doesNotContain("another Erika", "nicht Sie");
        assertThat(english.text())
                .contains("defend legal claims (Art. 17(3)(e) GDPR): Lieferung 4711 ist Gegenstand einer Klage")
                .contains("Where we have not carried out your request as you asked")
                .contains("effective judicial remedy against us as the controller (Art. 79 GDPR)")
                .doesNotContain("another Erika", "does not concern you");
        assertThat(german.html()).contains("(Art. 79 DSGVO)", "Art. 17 Abs. 3 lit. e DSGVO");
        assertThat(english.html()).contains("(Art. 79 GDPR)", "Art. 17(3)(e) GDPR");
    }

    @Test
    void confirmationWithARecordRestrictedInsteadOfErasedNamesTheComplaintAndTheJudicialRemedy() {
        RenderedNotice notice = erasureConfirmationWithThePinnedInvoice(NoticeLanguage.DE);

        assertThat(notice.text()).contains("(Art. 77 DSGVO)", "Art. 79", "nicht wie beantragt nachgekommen");
        assertThat(notice.html()).contains("(Art. 77 DSGVO)", "Art. 79");
    }

    @Test
    void holdPinnedBeyondItsRegularEndIsExplainedInTheNoticeLanguage() {
        RenderedNotice german = erasureConfirmationWithThePinnedInvoice(NoticeLanguage.DE);
        RenderedNotice english = erasureConfirmationWithThePinnedInvoice(NoticeLanguage.EN);

        assertThat(german.text()).contains("""
                Aufbewahrung bis 31. Dezember 2030; wird ab dem 1. Januar 2031 gelöscht
                  Die Aufbewahrungsfrist verlängert sich über das reguläre Ende hinaus, weil die Unterlagen noch für \
                Steuern von Bedeutung sind, deren Festsetzungsfrist nicht abgelaufen ist (§ 147 Abs. 3 AO).
                """);
        assertThat(english.text()).contains("""
                kept until 31 December 2030; erased from 1 January 2031
                  The retention period runs beyond its regular end because the records still matter for taxes whose \
                assessment period has not yet expired (Section 147(3) of the German Fiscal Code (AO)).
                """);
        assertThat(german.html()).contains("(§ 147 Abs. 3 AO)");
        assertThat(english.html()).contains("(Section 147(3) of the German Fiscal Code (AO))");
    }

    @Test
    void confirmationWrittenBeforeTheCodesStillNamesEveryReasonBasisAndPurposeAsStated() {
        RenderedNotice notice = renderer.render(NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION, NoticeLanguage.EN,
                ErasureConfirmations.of(NotifierTestKit.recordsErasedWithoutCodes(
                        "1234abcd-0000-4000-8000-000000000000", RequestType.CONSENT_WITHDRAWAL, "en",
                        "erika@example.org"), NoticeSamples.recipientsTold(NoticeLanguage.EN), ControllerStatus.MERCHANT, NoticeLanguage.EN));

        assertThat(notice.text())
                .contains("- business letters and emails about a transaction – legal basis: "
                        + NotifierTestKit.LETTER_BASIS)
                .contains("legal basis: " + NotifierTestKit.LETTER_BASIS + ", reason: not processed on consent:")
                .contains("reason: store unavailable: it could not be searched")
                .contains("Legal basis: retention obligation under Section 147(1) No. 4 and (3)");
    }
}

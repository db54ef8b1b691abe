package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.notices.ExpectedWords.inEither;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * LEGAL.md §5 for the Art. 16 answer, in both languages, in the plain text and the HTML alike: what was corrected
 * where (with the new values), what was not and why, what cannot be changed with the supplementary statement kept,
 * the Art. 19 recipients, and complaint and judicial remedy where anything was not done as asked.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RectificationNoticeChecklistTests {

    @Inject
    NoticeRenderer renderer;

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void rectificationAnswerNamesWhatWasCorrectedWhatNotAndWhyTheStatementRecipientsAndTheRemedies(
            NoticeLanguage language) {
        var rectified = RectificationSamples.rectified(language.code());
        RenderedNotice notice = renderer.render(NoticeKind.RECTIFICATION_CONFIRMATION, language,
                RectificationAnswers.of(rectified, RectificationSamples.recipientsTold(language), language));

        List<String> items = new ArrayList<>();
        items.add(inEither(language, "Berichtigung (Art. 16 DSGVO)", "rectification (Art. 16 GDPR)"));
        items.add(inEither(language, "Berichtigt haben wir:", "We corrected:"));
        items.add(inEither(language, "Kunden- und Rechnungsverwaltung", "customer and invoice records"));
        items.add(inEither(language, "Straße jetzt „Neue Straße 5“", "street now \"Neue Straße 5\""));
        items.add(inEither(language, "Postleitzahl jetzt „40885“", "postcode now \"40885\""));
        // "no change needed" is its own outcome (the data may hold what she asked already): not claimed accurate
        items.add(inEither(language, "weil nach unserer Prüfung keine Änderung nötig ist; unsere Begründung",
                "because after checking we found that no change is needed; our reason"));
        items.add(RectificationSamples.NO_CHANGE_REASON);
        items.add(inEither(language, "Nicht ändern können wir diese Daten", "We cannot change the following data"));
        items.add(inEither(language, "eine Änderung würde sie verfälschen", "changing it would falsify it"));
        items.add(inEither(language, "Ergänzende Erklärung, die wir bei diesen Daten aufbewahren (Art. 16 Satz 2 DSGVO)",
                "Supplementary statement we keep with this data (Art. 16 sentence 2 GDPR)"));
        items.add(RectificationSamples.STATEMENT);
        items.add(inEither(language, "Empfänger Ihrer Daten (Art. 19 DSGVO)", "Recipients of your data (Art. 19 GDPR)"));
        items.add("Hetzner Online GmbH");
        items.add(inEither(language, "Über die Berichtigung unterrichtet haben wir:",
                "We informed these recipients of the rectification:"));
        items.add(RectificationSamples.INFORMED + inEither(language, ", am ", ", on ")
                + language.date(RectificationSamples.INFORMED_ON));
        items.add(inEither(language, "noch nicht abgeschlossen ist ihre Unterrichtung über die Berichtigung",
                "we have not yet finished informing them of the rectification"));
        items.add(RectificationSamples.BEING_INFORMED);
        items.add(inEither(language, "Unsere Mitteilung der Berichtigung konnte nicht zugestellt werden",
                "Our notice of the rectification could not be delivered"));
        items.add(RectificationSamples.NOT_REACHED);
        items.add(inEither(language, "mit der Berichtigung auf unseren Servern ist sie auch bei ihnen erfolgt",
                "with the rectification on our servers it is done there too"));
        items.add(inEither(language, "Art. 19 Satz 2 DSGVO", "Art. 19 sentence 2 GDPR"));
        items.add(inEither(language, "Art. 12 Abs. 4 DSGVO", "Art. 12(4) GDPR"));
        items.add(inEither(language, "Recht, sich bei einer Datenschutzaufsichtsbehörde zu beschweren (Art. 77 DSGVO)",
                "right to lodge a complaint with a data protection supervisory authority (Art. 77 GDPR)"));
        items.add("Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen");
        items.add("Kavalleriestraße 2-4");
        items.add("poststelle@ldi.nrw.de");
        items.add(inEither(language, "Recht auf einen wirksamen gerichtlichen Rechtsbehelf",
                "right to an effective judicial remedy"));
        items.add(inEither(language, "Art. 79 DSGVO", "Art. 79 GDPR"));
        items.add("DSR-1234ABCD");
        items.addAll(List.of("Thomas Wien", "Am Gierath 20a", "40885 Ratingen"));

        assertNamesAll(notice, items);
        assertThat(notice.subject()).contains(inEither(language, "Art. 16 DSGVO", "Art. 16 GDPR"), "DSR-1234ABCD");
        assertThat(notice.text()).contains("Erika Mustermann").doesNotContain("res_partner", "imap://", "rec-1");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void rectificationDoneAsAskedNamesNoJudicialRemedyButStillTheComplaint(NoticeLanguage language) {
        var rectified = RectificationSamples.allCorrected(language.code());
        RenderedNotice notice = renderer.render(NoticeKind.RECTIFICATION_CONFIRMATION, language,
                RectificationAnswers.of(rectified, RectificationSamples.recipientsTold(language), language));

        assertNamesAll(notice, List.of(inEither(language, "Straße jetzt „Neue Straße 5“", "street now \"Neue Straße 5\""),
                inEither(language, "(Art. 77 DSGVO)", "(Art. 77 GDPR)")));
        assertThat(notice.text()).doesNotContain(inEither(language, "Art. 79 DSGVO", "Art. 79 GDPR"),
                inEither(language, "Ergänzende Erklärung", "Supplementary statement"),
                inEither(language, "Art. 12 Abs. 4", "Art. 12(4)"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void recipientIsToldOfTheRectificationWithTheCorrectedValuesAndNoOtherDataOfHers(NoticeLanguage language) {
        var rectified = RectificationSamples.rectified(language.code());
        var partner = rectified.records().get(0);
        RenderedNotice instruction = renderer.render(NoticeKind.RECIPIENT_INSTRUCTION, language,
                new RecipientInstructionNotice("DSR-1234ABCD", "Steuerkanzlei Muster & Partner", List.of(
                        new InstructedRecord("Kundenstammdaten", partner.reference(), null, false,
                                RectificationAnswers.correctedFields(rectified, partner, language))), false, true));

        assertThat(instruction.subject()).isEqualTo(inEither(language,
                "Mitteilung einer Berichtigung nach Art. 19 DSGVO (unser Vorgang DSR-1234ABCD)",
                "Notice of a rectification under Art. 19 GDPR (our case DSR-1234ABCD)"));
        assertNamesAll(instruction, List.of(inEither(language, "Art. 16 DSGVO", "Art. 16 GDPR"),
                inEither(language, "Art. 19 DSGVO", "Art. 19 GDPR"),
                inEither(language, "ebenso zu berichtigen", "to correct the following data the same way"),
                inEither(language, "Straße jetzt „Neue Straße 5“, Postleitzahl jetzt „40885“",
                        "street now \"Neue Straße 5\", postcode now \"40885\""),
                "res_partner/7", "DSR-1234ABCD"));
        assertThat(instruction.text()).doesNotContain("erika@example.org", "Erika Mustermann",
                inEither(language, ": löschen", ": erase"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void mixedRectificationListsEachRecordOnceInTheSectionThatIsTrueForItWithItsOwnReason(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.RECTIFICATION_CONFIRMATION, language,
                RectificationAnswers.of(RectificationSamples.mixed(language.code()),
                        RectificationSamples.recipientsTold(language), language));
        String crm = inEither(language, " in unserer Kunden- und Rechnungsverwaltung",
                " in our customer and invoice records");
        String partner = inEither(language, "Kundenstammdaten", "Customer master data") + crm;
        String lead = inEither(language, "Lead bzw. Verkaufschance vom 12. März 2024",
                "Lead or sales opportunity dated 12 March 2024") + crm;
        String account = inEither(language, "Konto auf dem Konferenzserver", "Conference server account");
        String message = inEither(language, "Nachricht vom 12. März 2024", "Message dated 12 March 2024") + crm;
        String invoice = inEither(language, "Buchungsbeleg (z. B. Rechnung) vom 10. Februar 2025",
                "Accounting voucher (e.g. invoice) dated 10 February 2025") + crm;
        String mail = inEither(language, "E-Mail vom 12. März 2024 im Postfach „info“ – Geschäftsbrief",
                "Email dated 12 March 2024 in our mailbox “info” – business letter");
        String mailReason = inEither(language,
                "Eine E-Mail oder Nachricht gibt wieder, was gesendet oder empfangen wurde",
                "An e-mail or message shows what was sent or received");
        String invoiceReason = inEither(language,
                "Eine ausgestellte Rechnung oder eine Buchung darf nicht so verändert werden, dass ihr ursprünglicher"
                        + " Inhalt nicht mehr feststellbar ist (§ 146 Abs. 4 AO). Eine Rechnung wird nicht durch"
                        + " Ändern des Originals berichtigt, sondern durch ein berichtigendes Dokument, das sich"
                        + " eindeutig auf sie bezieht (§ 14 UStG, § 31 Abs. 5 UStDV).",
                "An issued invoice or a booking may not be altered in a way that its original content can no longer"
                        + " be established (Section 146(4) of the German Fiscal Code, AO). An invoice is not corrected"
                        + " by changing the original but by a correcting document that refers to it unambiguously"
                        + " (Section 14 of the German VAT Act, UStG, with Section 31(5) UStDV).");

        for (String text : List.of(notice.text(), plain(notice.html()))) {
            String corrected = section(text, inEither(language, "Berichtigt haben wir:", "We corrected:"),
                    inEither(language, "Nicht ändern können wir diese Daten", "We cannot change the following data"));
            String notChangeable = section(text, inEither(language, "Nicht ändern können wir diese Daten",
                    "We cannot change the following data"), inEither(language, "Empfänger Ihrer Daten",
                    "Recipients of your data"));
            for (String record : List.of(partner, lead, account, message, invoice, mail)) {
                assertThat(occurrences(text, record)).as(record).isOne();
            }
            assertThat(corrected).contains(partner + ": " + inEither(language, "Straße jetzt „Neue Straße 5“",
                            "street now \"Neue Straße 5\""))
                    .contains(lead + ": " + inEither(language, "Straße jetzt „Neue Straße 5“",
                            "street now \"Neue Straße 5\""))
                    .contains(account + ": " + inEither(language,
                            "E-Mail-Adresse jetzt „erika.neu@example.org“, Name jetzt „Erika Musterfrau“",
                            "e-mail address now \"erika.neu@example.org\", name now \"Erika Musterfrau\""))
                    .doesNotContain(message, invoice, mail)
                    // a lead is an enquiry, not a business letter
                    .doesNotContain(inEither(language, "Geschäftsbrief", "business letter"));
            assertThat(notChangeable).contains(message + ": " + mailReason, mail + ": " + mailReason,
                            invoice + ": " + invoiceReason)
                    .contains(inEither(language, "Ergänzende Erklärung, die wir bei diesen Daten aufbewahren"
                            + " (Art. 16 Satz 2 DSGVO): „", "Supplementary statement we keep with this data"
                            + " (Art. 16 sentence 2 GDPR): \"") + RectificationSamples.INVOICE_STATEMENT)
                    .contains(inEither(language, "Wo oben keine ergänzende Erklärung steht, nehmen wir auf Ihren"
                            + " Wunsch eine zu diesen Daten auf (Art. 16 Satz 2 DSGVO)", "Where no supplementary"
                            + " statement is shown above, we will keep one with this data at your request"))
                    .doesNotContain(partner, lead, account)
                    // the reason of a mail or recording is not given for what can be changed or the invoice
                    .doesNotContain(inEither(language, "Aufzeichnung", "recording"));
            assertThat(occurrences(notChangeable, mailReason)).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aRecordTheEventNamesTwiceIsAnsweredOnceByWhatWasDoneToIt(NoticeLanguage language) {
        var mixed = RectificationSamples.mixed(language.code());
        var lead = mixed.records().get(1);
        var twice = new de.thwien.dsr.events.RectificationEvents.RecordsRectified(mixed.caseId(), mixed.language(),
                List.of(lead, new de.thwien.dsr.events.RectificationEvents.RectifiedRecord(lead.store(),
                        lead.reference(), lead.retentionCategory(), lead.retentionStart(),
                        de.thwien.dsr.events.RectificationEvents.Outcome.CANNOT_BE_CHANGED, List.of(),
                        lead.decidedAt())), mixed.personal());

        RectificationNotice answer = RectificationAnswers.of(twice, RectificationSamples.recipientsTold(language),
                language);

        assertThat(answer.corrected()).hasSize(1);
        assertThat(answer.notChangeable()).isEmpty();
    }

    private static String section(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String plain(String html) {
        return html.replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private static void assertNamesAll(RenderedNotice notice, List<String> items) {
        String html = notice.html().replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        for (String item : items) {
            assertThat(notice.text()).as("plain text").contains(item);
            assertThat(html).as("HTML").contains(item.replaceAll("\\s+", " "));
        }
    }
}

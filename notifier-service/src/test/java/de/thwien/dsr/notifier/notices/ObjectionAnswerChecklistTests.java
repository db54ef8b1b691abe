package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.notices.ExpectedWords.inEither;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The answer to an objection (Art. 21 GDPR) as a checklist, in both languages, in the plain text and in the HTML
 * alternative alike: per purpose stopped or continued; for a continued one the assistant's grounds with the right to
 * complain (LDI NRW, Art. 77) and to a judicial remedy (Art. 79); what was erased, and what is restricted instead with
 * its legal basis and the day its hold ends (LEGAL.md §2, §5).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class ObjectionAnswerChecklistTests {

    private static final String CASE_ID = "1234abcd-0000-4000-8000-000000000000";

    @Inject
    NoticeRenderer renderer;

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void anObjectionAnswerNamesEachPurposeStoppedOrContinuedWithGroundsAndRemedies(NoticeLanguage language) {
        RenderedNotice notice = render(ObjectionSamples.answer(CASE_ID, language.code()), language);

        assertThat(notice.subject()).startsWith(inEither(language, "Ihr Widerspruch nach Art. 21 DSGVO (Vorgang DSR-",
                "Your objection under Art. 21 GDPR (case DSR-"));
        List<String> items = new ArrayList<>();
        items.add(inEither(language, "Widerspruch gegen die Verarbeitung Ihrer Daten erhalten (Art. 21 DSGVO)",
                "objection to the processing of your data (Art. 21 GDPR)"));
        items.add(inEither(language, "aufgrund unseres berechtigten Interesses (Art. 6 Abs. 1 lit. f DSGVO)",
                "on the basis of our legitimate interest (Art. 6(1)(f) GDPR)"));
        // stopped, per purpose, with what was erased and what is restricted instead until when
        items.add(inEither(language, "Zweck: Beantwortung Ihrer E-Mails und Anrufe außerhalb eines Vertrags – diese"
                        + " Verarbeitung haben wir beendet.",
                "Purpose: answering your emails and calls outside a contract – we have stopped this processing."));
        items.add(inEither(language, "gelöscht: E-Mail vom 12. März 2024 im Postfach „info“",
                "erased: Email dated 12 March 2024 in our mailbox “info”"));
        items.add(inEither(language, "Zweck: Angebote, Auftragsausführung und Abrechnung – diese Verarbeitung haben"
                        + " wir beendet.",
                "Purpose: quotes, carrying out orders and invoicing – we have stopped this processing."));
        items.add(inEither(language, "eingeschränkt statt gelöscht: ", "restricted instead of erased: "));
        items.add(inEither(language, "Aufbewahrung bis 31. Dezember 2030", "kept until 31 December 2030"));
        items.add(inEither(language, "wird ab dem 1. Januar 2031 gelöscht", "erased from 1 January 2031"));
        items.add(inEither(language, "Rechtsgrundlage: Aufbewahrungspflicht nach § 147", "Legal basis: retention"
                + " obligation under Section 147"));
        // continued, with the grounds she wrote
        items.add(inEither(language, "Zweck: Technische Nutzbarkeit des Web-Konferenz-Servers (Konto, Einladungen,"
                        + " Protokolle) – diese Verarbeitung setzen wir fort",
                "Purpose: technical usability of the web conference server (account, invitations, logs) – we"
                        + " continue this processing"));
        items.add(inEither(language, "zwingende schutzwürdige Gründe", "compelling legitimate grounds"));
        items.add(inEither(language, "Art. 21 Abs. 1 Satz 2 DSGVO", "Art. 21(1), second sentence, GDPR"));
        items.add(inEither(language, ObjectionSamples.GROUNDS_DE, ObjectionSamples.GROUNDS_EN));
        // processing on another basis is not touched
        items.add(inEither(language, "Nicht vom Widerspruch erfasst", "Not covered by the objection"));
        items.add(inEither(language, "Art. 6 Abs. 1 lit. c DSGVO", "Art. 6(1)(c) GDPR"));
        // direct marketing stops without weighing
        items.add(inEither(language, "Direktwerbung", "direct marketing"));
        items.add(inEither(language, "Art. 21 Abs. 2 und 3 DSGVO", "Art. 21(2) and (3) GDPR"));
        items.add(inEither(language, "Empfänger Ihrer Daten (Art. 19 DSGVO)", "Recipients of your data (Art. 19 GDPR)"));
        items.addAll(remedies(language));
        items.addAll(List.of("Thomas Wien", "Am Gierath 20a", "40885 Ratingen"));

        assertNamesAll(notice, items);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void anObjectionUpheldForEveryPurposeWithNothingKeptNamesNoJudicialRemedy(NoticeLanguage language) {
        ErasureEvents.RecordsErased sample = ObjectionSamples.answer(CASE_ID, language.code());
        ErasureEvents.RecordsErased allStopped = new ErasureEvents.RecordsErased(sample.caseId(),
                sample.requestType(), sample.language(), sample.records(), List.of(), List.of(), List.of(), List.of(),
                sample.personal());

        RenderedNotice notice = render(allStopped, language);

        assertThat(notice.text() + notice.html()).doesNotContain("Art. 79", "Art. 12 Abs. 4", "Art. 12(4)");
        assertNamesAll(notice, List.of(inEither(language, "Fortgesetzt", "Continued"),
                inEither(language, "kein Zweck", "no purpose"),
                inEither(language, "(Art. 77 DSGVO)", "(Art. 77 GDPR)")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void anObjectionAnswerShowsNoTechnicalReference(NoticeLanguage language) {
        RenderedNotice notice = render(ObjectionSamples.answer(CASE_ID, language.code()), language);

        assertThat(notice.text() + notice.html()).doesNotContain("UID=4711", "invitations/4", "account_move/42",
                "OBJECTION_", "COMPELLING_GROUNDS", "CONTACT_HANDLING");
    }

    private RenderedNotice render(ErasureEvents.RecordsErased erased, NoticeLanguage language) {
        return renderer.render(NoticeKind.OBJECTION_ANSWER, language, ObjectionAnswers.of(erased,
                NoticeSamples.recipientsTold(language), ControllerStatus.MERCHANT, language));
    }

    private static List<String> remedies(NoticeLanguage language) {
        return List.of(
                inEither(language, "Recht, sich bei einer Datenschutzaufsichtsbehörde zu beschweren (Art. 77 DSGVO)",
                        "right to lodge a complaint with a data protection supervisory authority (Art. 77 GDPR)"),
                "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
                "Kavalleriestraße 2-4", "40213 Düsseldorf", "poststelle@ldi.nrw.de",
                inEither(language, "Art. 12 Abs. 4 DSGVO", "Art. 12(4) GDPR"),
                inEither(language, "Recht auf einen wirksamen gerichtlichen Rechtsbehelf",
                        "right to an effective judicial remedy"),
                inEither(language, "Art. 79 DSGVO", "Art. 79 GDPR"));
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

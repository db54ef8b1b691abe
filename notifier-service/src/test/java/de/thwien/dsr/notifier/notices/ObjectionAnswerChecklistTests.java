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
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        // a legal obligation with the day its hold ends
        items.add(inEither(language, "; gesetzliche Aufbewahrungspflicht bis 31. Dezember 2027",
                "; statutory retention duty until 31 December 2027"));
        // no direct marketing is or was carried out; the objection holds for the future too (Art. 21(3))
        items.add(inEither(language, "Direktwerbung: Wir verarbeiten Ihre Daten nicht für Direktwerbung und haben das"
                        + " auch bisher nicht getan",
                "Direct marketing: we do not process your data for direct marketing and have not done so"));
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
        // no empty section: nothing continued, nothing restricted, so neither is named, nor referred to
        assertThat(notice.text() + notice.html()).doesNotContain(inEither(language, "Fortgesetzt", "Continued"),
                inEither(language, "kein Zweck", "no purpose"),
                inEither(language, "eingeschränkt statt gelöscht", "restricted instead of erased"));
        assertNamesAll(notice, List.of(inEither(language, "(Art. 77 DSGVO)", "(Art. 77 GDPR)")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void anObjectionWithNoProcessingToStopSaysSoPlainlyAndNamesComplaintAndJudicialRemedy(NoticeLanguage language) {
        RenderedNotice notice = render(ObjectionSamples.nothingToStop(CASE_ID, language.code(), List.of(),
                List.of()), language);

        String all = notice.text() + notice.html();
        assertThat(all).doesNotContain(inEither(language, "Beendet:", "Stopped:"),
                inEither(language, "Fortgesetzt", "Continued"), inEither(language, "kein Zweck", "no purpose"),
                inEither(language, "Nicht vom Widerspruch erfasst", "Not covered by the objection"));
        List<String> items = new ArrayList<>();
        items.add(inEither(language, "Von den Daten, die wir über Sie gefunden haben, verarbeiten wir keine aufgrund"
                        + " eines berechtigten Interesses (Art. 6 Abs. 1 lit. f DSGVO). Es gibt daher keine solche"
                        + " Verarbeitung, die wir auf Ihren Widerspruch hin beenden könnten.",
                "of the data we found about you, we process none on the basis of a legitimate interest (Art. 6(1)(f)"
                        + " GDPR). There is therefore no such processing that we could stop following your objection."));
        items.add(inEither(language, "Direktwerbung: Wir verarbeiten Ihre Daten nicht für Direktwerbung und haben das"
                        + " auch bisher nicht getan; wir versenden zum Beispiel keine Newsletter. Ihren Widerspruch"
                        + " haben wir vermerkt: Sollten wir künftig Direktwerbung betreiben, werden wir Ihre Daten"
                        + " dafür nicht verwenden (Art. 21 Abs. 2 und 3 DSGVO).",
                "Direct marketing: we do not process your data for direct marketing and have not done so in the past;"
                        + " for example, we send no newsletters. We have noted your objection: should we ever carry"
                        + " out direct marketing, we will not use your data for it (Art. 21(2) and (3) GDPR)."));
        items.add(inEither(language, "Da es keine Verarbeitung aufgrund eines berechtigten Interesses gab, die wir auf"
                        + " Ihren Widerspruch hin hätten beenden können (Art. 12 Abs. 4 DSGVO)",
                "As there was no processing on the basis of a legitimate interest that we could have stopped"
                        + " following your objection (Art. 12(4) GDPR)"));
        items.addAll(remedies(language));
        assertNamesAll(notice, items);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aRecordNoHoldKeepsAnyMoreIsNeverSaidToBeKeptUnderALegalObligation(NoticeLanguage language) {
        // an invoice draft (no voucher, no hold) erased; a legal obligation named without a hold date (an older event)
        ErasureEvents.ErasedRecord draft = new ErasureEvents.ErasedRecord("crm", "account_move/43", "invoice-draft",
                Instant.parse("2026-03-20T09:00:00Z"), LocalDate.parse("2026-02-01"), true);
        ErasureEvents.PlanItem noHold = new ErasureEvents.PlanItem("crm", "account_move/44", "accounting-voucher",
                PlannedAction.KEEP, null, "Art. 6(1)(c) GDPR (§147 AO, §257 HGB)", "not processed on a legitimate"
                + " interest", false, LocalDate.parse("2014-06-10"), ReasonCode.NOT_PROCESSED_ON_LEGITIMATE_INTEREST,
                List.of(ProcessingBasis.CONTRACT, ProcessingBasis.LEGAL_OBLIGATION));

        RenderedNotice notice = render(ObjectionSamples.nothingToStop(CASE_ID, language.code(), List.of(noHold),
                List.of(draft)), language);

        String all = notice.text() + notice.html();
        assertThat(all).doesNotContain("§ 147", "Section 147", inEither(language, "lit. c", "(1)(c)"),
                inEither(language, "Aufbewahrungspflicht bis", "retention duty until"), "(§147 AO");
        assertNamesAll(notice, List.of(
                inEither(language, "Außerdem gelöscht: Die folgenden Daten haben wir nicht aufgrund eines berechtigten"
                                + " Interesses verarbeitet. Da keine gesetzliche Aufbewahrungspflicht sie (mehr) erfasst,"
                                + " haben wir sie gelöscht:",
                        "Also erased: we did not process the following data on the basis of a legitimate interest."
                                + " As no statutory retention duty covers it (any longer), we have erased it:"),
                inEither(language, "keine gesetzliche Aufbewahrungspflicht, für keinen Zweck mehr erforderlich",
                        "there was no statutory retention obligation"),
                inEither(language, "Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO (Vertrag oder vorvertragliche"
                        + " Maßnahmen)", "legal basis: Art. 6(1)(b) GDPR (contract or pre-contractual steps)")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void masterDataOfARelationshipThatStillRunsIsNotReachedByTheObjection(NoticeLanguage language) {
        // the assistant confirmed the contract runs: her master data serves it, which an objection does not reach
        ErasureEvents.PlanItem masterData = new ErasureEvents.PlanItem("crm", "res_partner/7", "customer-master-data",
                PlannedAction.KEEP, null, "Art. 6(1)(b) GDPR (contract)", "Wartungsvertrag läuft", false,
                LocalDate.parse("2018-01-01"), ReasonCode.RELATIONSHIP_CONTINUES, List.of(ProcessingBasis.CONTRACT));

        RenderedNotice notice = render(ObjectionSamples.nothingToStop(CASE_ID, language.code(), List.of(masterData),
                List.of()), language);

        String notCovered = notice.text().lines()
                .dropWhile(line -> !line.startsWith(inEither(language, "Nicht vom Widerspruch erfasst", "Not covered")))
                .limit(2).reduce("", String::concat);
        assertThat(notCovered).contains(inEither(language, "Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO",
                "legal basis: Art. 6(1)(b) GDPR")).contains(inEither(language,
                "Grund: Unsere Geschäftsbeziehung mit Ihnen besteht noch",
                "reason: Our business relationship with you continues")).contains("(Wartungsvertrag läuft)");
        assertThat(notice.text()).doesNotContain(inEither(language, "Weiter aufbewahrt:", "Still kept:"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void theRemedyParagraphRefersOnlyToPartsTheAnswerHas(NoticeLanguage language) {
        ErasureEvents.RecordsErased sample = ObjectionSamples.answer(CASE_ID, language.code());
        ErasureEvents.RecordsErased continuedOnly = new ErasureEvents.RecordsErased(sample.caseId(),
                sample.requestType(), sample.language(), sample.records(), List.of(),
                sample.kept().stream().filter(k -> k.reasonCode() == ReasonCode.COMPELLING_GROUNDS).toList(),
                List.of(), List.of(), sample.personal());

        for (ErasureEvents.RecordsErased erased : List.of(sample, continuedOnly)) {
            RenderedNotice notice = render(erased, language);
            String text = notice.text();
            String remedies = text.lines().filter(line -> line.contains(inEither(language, "Art. 12 Abs. 4 DSGVO",
                    "Art. 12(4) GDPR"))).findFirst().orElseThrow();
            Matcher quoted = Pattern.compile(inEither(language, "„([^“]+)“", "\"([^\"]+)\"")).matcher(
                    remedies.substring(0, remedies.indexOf(inEither(language, "jeweils", "each"))));
            List<String> parts = new ArrayList<>();
            while (quoted.find()) {
                parts.add(quoted.group(1));
            }
            assertThat(parts).as("the parts named").isNotEmpty();
            for (String part : parts) {
                assertThat(text).as("a part named is in the answer: " + part)
                        .containsPattern("(?m)^(- )?" + Pattern.quote(part) + ":");
            }
        }
        String continuedOnlyText = render(continuedOnly, language).text();
        assertThat(continuedOnlyText).doesNotContain(inEither(language, "eingeschränkt statt gelöscht",
                "restricted instead of erased"), inEither(language, "Nicht vom Widerspruch erfasst",
                "Not covered by the objection"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void anObjectionThatErasedSaysWhomWeToldAndHowLongBackupsKeepItAndWhatOfTheLogs(NoticeLanguage language) {
        RenderedNotice notice = render(ObjectionSamples.answer(CASE_ID, language.code()), language);

        assertNamesAll(notice, List.of(
                inEither(language, "(Art. 19 Satz 2 DSGVO)", "(Art. 19, second sentence, GDPR)"),
                inEither(language, "Datensicherungen: Gelöschte Daten verschwinden spätestens 6 Monate nach der"
                        + " Löschung", "Backups: erased data also disappears from our backups within 6 months"),
                // no log record was found: why, how long they live, and what she can do
                inEither(language, "Logdateien: Unsere Server speichern", "Log files: our servers store"),
                inEither(language, "STUN/TURN-Server", "STUN/TURN server"),
                inEither(language, "nach höchstens 2 Tagen gelöscht, die des Web-Konferenz-Servers nach höchstens 1"
                        + " Tag", "erased after 2 days at the most, the conference server's after 1 day at the most"),
                inEither(language, "Nennen Sie uns die IP-Adressen", "If you tell us the IP addresses")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void anObjectionThatErasedNothingNamesNoBackupsAndFoundLogsNeedNoParagraph(NoticeLanguage language) {
        RenderedNotice nothing = render(ObjectionSamples.nothingToStop(CASE_ID, language.code(), List.of(),
                List.of()), language);
        assertThat(nothing.text() + nothing.html()).doesNotContain(inEither(language, "Datensicherungen:",
                "Backups:"));

        ErasureEvents.ErasedRecord log = new ErasureEvents.ErasedRecord("weblog", "access.log/17",
                "web-server-log", Instant.parse("2026-03-20T09:00:00Z"), LocalDate.parse("2026-03-19"), false);
        ErasureEvents.RecordsErased sample = ObjectionSamples.answer(CASE_ID, language.code());
        List<ErasureEvents.ErasedRecord> withLog = new ArrayList<>(sample.records());
        withLog.add(log);
        RenderedNotice logsFound = render(new ErasureEvents.RecordsErased(sample.caseId(), sample.requestType(),
                sample.language(), withLog, sample.restricted(), sample.kept(), sample.continuing(),
                sample.recipientsInformed(), sample.personal()), language);
        assertThat(logsFound.text() + logsFound.html()).doesNotContain(inEither(language, "Logdateien: Unsere"
                + " Server speichern", "Log files: our servers store"));
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

package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.notices.ExpectedWords.inEither;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.CaseEvents.RejectionReason;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.assistant.DeadLetterLine;
import de.thwien.dsr.notifier.assistant.DigestLine;
import de.thwien.dsr.notifier.assistant.DigestNotice;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the notices call a request (outside review of #19): an "Antrag" where the GDPR speaks of one, a consent
 * withdrawal a declaration that took effect on receipt (Art. 7(3) GDPR), and a record kept under a statutory hold
 * restricted under Art. 17(3)(b) with Art. 6(1)(c) GDPR and the law, not under Art. 18 GDPR.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RequestWordingTests {

    private static final LocalDate RECEIVED = LocalDate.parse("2026-03-05");
    private static final LocalDate DUE = LocalDate.parse("2026-04-07");

    @Inject
    NoticeRenderer renderer;

    private RenderedNotice acknowledgement(RequestType type, NoticeLanguage language) {
        return acknowledgement(type, language, true);
    }

    private RenderedNotice acknowledgement(RequestType type, NoticeLanguage language, boolean withAddress) {
        return renderer.render(NoticeKind.ACKNOWLEDGEMENT, language, AcknowledgementNotice.of("DSR-1234ABCD",
                "Erika Mustermann", type, language, RECEIVED, DUE, "https://thwien.de/status/token", false,
                withAddress));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void acknowledgementOfAWithdrawalSaysHerPublishedRecordingsWereUnpublishedAtOnceAndTheRestWaitsForHerConfirmation(
            NoticeLanguage language) {
        RenderedNotice notice = acknowledgement(RequestType.CONSENT_WITHDRAWAL, language);

        String unpublished = inEither(language, "haben wir mit dem Eingang Ihres Widerrufs sofort aus der"
                + " Veröffentlichung genommen", "were unpublished at once when we received your withdrawal");
        String rest = inEither(language, "Alles Weitere, insbesondere die Löschung der Daten, die wir nur aufgrund"
                + " Ihrer Einwilligung verarbeitet haben, erledigen wir, sobald Sie über den Link in unserer gesonderten"
                + " E-Mail bestätigt haben, dass der Widerruf von Ihnen stammt.", "Everything else, in particular the"
                + " erasure of the data we processed only on the basis of your consent, we will do once you have"
                + " confirmed through the link in our separate email that the withdrawal comes from you.");
        String stays = inEither(language, "Bis dahin bleiben diese Aufzeichnungen unveröffentlicht.",
                "Until then these recordings stay unpublished.");
        assertThat(notice.text()).contains(unpublished, rest, stays);
        assertThat(notice.html()).contains(unpublished, stays);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aWithdrawalWithoutAnAddressIsNotToldOfRecordingsUnpublishedOrOfALink(NoticeLanguage language) {
        RenderedNotice notice = acknowledgement(RequestType.CONSENT_WITHDRAWAL, language, false);

        assertThat(notice.text()).doesNotContain(inEither(language, "Veröffentlichung", "unpublished"))
                .doesNotContain("Link", "link");
    }

    @Test
    void germanAcknowledgementOfARequestSpeaksOfTheAntragAndTheNumberOfAntraege() {
        RenderedNotice notice = acknowledgement(RequestType.ACCESS, NoticeLanguage.DE);

        assertThat(notice.subject()).isEqualTo("Eingang Ihres Antrags auf Auskunft (Vorgang DSR-1234ABCD)");
        assertThat(notice.text()).contains("Den Stand Ihres Antrags auf Auskunft sehen Sie jederzeit unter:",
                "wegen der Komplexität oder der Zahl der Anträge",
                "So verarbeiten wir die Daten Ihres Antrags auf Auskunft selbst")
                .doesNotContain("Anfrage");
        assertThat(notice.html()).contains("Den Stand Ihres Antrags auf Auskunft sehen Sie jederzeit unter:",
                "Zahl der Anträge").doesNotContain("Anfrage");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void acknowledgementOfAWithdrawalCallsItADeclarationThatTookEffectOnReceipt(NoticeLanguage language) {
        RenderedNotice notice = acknowledgement(RequestType.CONSENT_WITHDRAWAL, language);

        assertThat(notice.subject()).isEqualTo(inEither(language, "Eingang Ihres Widerrufs (Vorgang DSR-1234ABCD)",
                "We have received your withdrawal of consent (case DSR-1234ABCD)"));
        String effect = inEither(language,
                "Ihr Widerruf ist mit seinem Eingang am 5. März 2026 wirksam geworden (Art. 7 Abs. 3 DSGVO)",
                "Your withdrawal took effect when we received it on 5 March 2026 (Art. 7(3) GDPR)");
        String stopped = inEither(language,
                "Seitdem verarbeiten wir Ihre Daten nicht mehr auf Grundlage Ihrer Einwilligung",
                "Since then we no longer process your data on the basis of your consent");
        assertThat(notice.text()).contains(effect, stopped, inEither(language, "Den Stand Ihres Widerrufs",
                "the status of your withdrawal of consent")).doesNotContain(inEither(language, "Antrag", "request"));
        assertThat(notice.html()).contains(effect, stopped).doesNotContain(inEither(language, "Antrag", "request"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void acknowledgementOfEveryRequestNamesTheRequestInSubjectAndText(NoticeLanguage language) {
        for (RequestType type : RequestType.values()) {
            RenderedNotice notice = acknowledgement(type, language);
            String named = language.yourRequestGenitive(type);

            assertThat(notice.subject()).as(type.name()).contains(named)
                    .doesNotContain("data protection request", "Datenschutzanfrage");
            assertThat(notice.text()).as(type.name()).contains(named)
                    .doesNotContain("data protection request", "Datenschutzanfrage");
        }
        assertThat(acknowledgement(RequestType.RECTIFICATION, language).subject()).isEqualTo(inEither(language,
                "Eingang Ihres Antrags auf Berichtigung (Vorgang DSR-1234ABCD)",
                "We have received your request for rectification (case DSR-1234ABCD)"));
        assertThat(acknowledgement(RequestType.ERASURE, language).subject()).isEqualTo(inEither(language,
                "Eingang Ihres Antrags auf Löschung (Vorgang DSR-1234ABCD)",
                "We have received your request for erasure (case DSR-1234ABCD)"));
    }

    @Test
    void acknowledgementOfARequestSaysNothingOfAWithdrawal() {
        assertThat(acknowledgement(RequestType.ERASURE, NoticeLanguage.DE).text()).doesNotContain("Widerruf");
        assertThat(acknowledgement(RequestType.ERASURE, NoticeLanguage.EN).text()).doesNotContain("withdrawal");
    }

    @Test
    void germanRefusalExtensionAndVerificationSpeakOfTheAntrag() {
        RenderedNotice refusal = renderer.render(NoticeKind.REFUSAL, NoticeLanguage.DE, new RefusalNotice(
                "DSR-1234ABCD", null, NoticeLanguage.DE.rejectionReason(RejectionReason.EXCESSIVE), "Vierte Mail."));
        RenderedNotice extension = renderer.render(NoticeKind.EXTENSION, NoticeLanguage.DE,
                NoticeSamples.of(NoticeKind.EXTENSION, NoticeLanguage.DE));

        assertThat(refusal.subject()).isEqualTo("Ihr Antrag: Wir werden nicht tätig (Vorgang DSR-1234ABCD)");
        assertThat(refusal.text()).contains("wir werden auf Ihren Antrag hin nicht tätig (Art. 12 Abs. 4 DSGVO).",
                "Der Antrag ist exzessiv");
        assertThat(extension.subject()).isEqualTo("Verlängerung der Frist für Ihren Löschantrag (Vorgang DSR-1234ABCD)");
        assertThat(extension.text()).contains("wir können Ihren Antrag nicht bis zum 7. April 2026 abschließend");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void refusalAndExtensionSubjectsNameTheKindOfRequestAsTheOtherSubjectsDo(NoticeLanguage language) {
        for (RequestType type : RequestType.values()) {
            RenderedNotice refusal = renderer.render(NoticeKind.REFUSAL, language, new RefusalNotice("DSR-1234ABCD",
                    null, language.rejectionReason(RejectionReason.EXCESSIVE), "Vierte Mail.",
                    language.yourRequest(type), language.requestSubject(type), language.date(LocalDate.of(2026, 3, 5))));
            RenderedNotice extension = renderer.render(NoticeKind.EXTENSION, language, new ExtensionNotice(
                    "DSR-1234ABCD", null, language.date(LocalDate.of(2026, 4, 7)),
                    language.date(LocalDate.of(2026, 6, 5)), "Drei Systeme.", language.requestSubjectAccusative(type)));

            assertThat(refusal.subject()).as(type.name()).contains(language.requestSubject(type))
                    .doesNotContain("data protection request");
            assertThat(extension.subject()).as(type.name()).contains(language.requestSubjectAccusative(type))
                    .doesNotContain("data protection request");
        }
        RenderedNotice refusal = renderer.render(NoticeKind.REFUSAL, language,
                NoticeSamples.of(NoticeKind.REFUSAL, language));
        RenderedNotice extension = renderer.render(NoticeKind.EXTENSION, language,
                NoticeSamples.of(NoticeKind.EXTENSION, language));
        assertThat(refusal.subject()).isEqualTo(inEither(language,
                "Ihr Löschantrag: Wir werden nicht tätig (Vorgang DSR-1234ABCD)",
                "We will not take action on your erasure request (case DSR-1234ABCD)"));
        assertThat(extension.subject()).isEqualTo(inEither(language,
                "Verlängerung der Frist für Ihren Löschantrag (Vorgang DSR-1234ABCD)",
                "Extension of the period for your erasure request (case DSR-1234ABCD)"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aRecordKeptUnderAHoldIsExplainedWithTheHoldNotWithArticle18(NoticeLanguage language) {
        for (NoticeKind kind : new NoticeKind[] {NoticeKind.ERASURE_CONFIRMATION,
                NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION}) {
            RenderedNotice notice = renderer.render(kind, language,
                    NoticeSamples.of(kind, language, ControllerStatus.MERCHANT));
            String restricted = inEither(language, "Eingeschränkt statt gelöscht:", "Restricted instead of erased:");
            String text = notice.text().substring(notice.text().indexOf(restricted));
            String paragraph = text.substring(0, text.indexOf('\n'));

            assertThat(paragraph).as(kind.name()).contains(inEither(language,
                    "Art. 17 Abs. 3 lit. b DSGVO in Verbindung mit Art. 6 Abs. 1 lit. c DSGVO",
                    "Art. 17(3)(b) GDPR in conjunction with Art. 6(1)(c) GDPR")).doesNotContain("Art. 18");
            String html = notice.html().substring(notice.html().indexOf(restricted));
            assertThat(html.substring(0, html.indexOf("</p>"))).as(kind.name()).doesNotContain("Art. 18");
        }
        assertThat(language.text("reason.RETENTION_HOLD")).doesNotContain("Art. 18");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void theDigestCountsOneDayAndOneUndeliveredEventInTheSingular(NoticeLanguage language) {
        DigestNotice digest = new DigestNotice(language.date(LocalDate.parse("2026-04-01")),
                List.of(new DigestLine("DSR-AAAA1111", "a", language.requestType(RequestType.ACCESS), "VERIFIED",
                        language.date(LocalDate.parse("2026-04-02")), 1)),
                List.of(new DigestLine("DSR-BBBB2222", "b", language.requestType(RequestType.ERASURE), "RECEIVED",
                        language.date(LocalDate.parse("2026-03-31")), 1)),
                List.of(new DeadLetterLine("dsr.cases.dlq", 1)));

        RenderedNotice notice = renderer.render(NoticeKind.ASSISTANT_DIGEST, language, digest);

        assertThat(notice.subject()).endsWith(inEither(language, "1 nicht zugestelltes Ereignis",
                "1 undelivered event"));
        assertThat(notice.text()).contains(inEither(language, "seit 1 Tag überfällig", "1 day overdue"),
                inEither(language, "noch 1 Tag\n", "1 day left\n")).doesNotContain("(s)", "(e)", "(en)");
        assertThat(notice.html()).contains(inEither(language, "seit 1 Tag überfällig", "1 day overdue"));
    }

    @Test
    void englishNoticesSayPlainlyThatTheHostingProvidersHoldTheDataOnlyOnOurServers() {
        RenderedNotice notice = renderer.render(NoticeKind.ERASURE_CONFIRMATION, NoticeLanguage.EN,
                NoticeSamples.of(NoticeKind.ERASURE_CONFIRMATION, NoticeLanguage.EN));

        assertThat(notice.text()).contains("only run the data centres that house our own servers and hold your data"
                + " nowhere else").doesNotContain("there alone");
    }
}

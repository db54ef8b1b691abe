package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.notices.ExpectedWords.inEither;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.CaseEvents.RejectionReason;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An outside lawyer's review of the notices (issue 19): each says what was done, no more and no less. A late refusal
 * says it is late; the backups sentence stands only where data was erased; a withdrawal names exactly the parts not
 * carried out; master data kept beside held invoices names the day their hold ends; an objection answer has no empty
 * Art. 19 section. In both languages, in the plain text and in the HTML alternative alike.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class NoticesSayWhatWasDoneTests {

    private static final String CASE_ID = "1234abcd-0000-4000-8000-000000000000";

    @Inject
    NoticeRenderer renderer;

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aRefusalAfterItsMonthSaysItComesAfterTheDeadlineAndWhenThatEnded(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.REFUSAL, language, refusal(language,
                RefusalNotice.lateness(LocalDate.parse("2026-04-07"), RequestType.ERASURE, language)));

        assertNamesAll(notice, List.of(
                inEither(language, "Diese Mitteilung kommt nach Ablauf der Frist",
                        "This notice comes after the deadline"),
                inEither(language, "innerhalb eines Monats nach Eingang Ihres Antrags auf Löschung mitteilen müssen,"
                        + " also bis zum 7. April 2026 (Art. 12 Abs. 4 DSGVO)", "within one month of receiving your"
                        + " request for erasure, that is by 7 April 2026, that we will not act on it (Art. 12(4) GDPR)"),
                inEither(language, "Landesbeauftragte für Datenschutz", "Landesbeauftragte für Datenschutz"),
                inEither(language, "Art. 79 DSGVO", "Art. 79 GDPR")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aLateRefusalOfAWithdrawalCallsItAWithdrawalNotARequest(NoticeLanguage language) {
        assertThat(RefusalNotice.lateness(LocalDate.parse("2026-04-07"), RequestType.CONSENT_WITHDRAWAL, language))
                .contains(inEither(language, "innerhalb eines Monats nach Eingang Ihres Widerrufs",
                        "within one month of receiving your withdrawal of consent"))
                .doesNotContain(inEither(language, "Antrag", "request"));
        assertThat(RefusalNotice.lateness(LocalDate.parse("2026-04-07"), null, language))
                .contains(inEither(language, "nach Eingang Ihres Schreibens", "of receiving your message"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aRefusalInTimeSaysNothingOfADeadlinePassed(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.REFUSAL, language,
                refusal(language, RefusalNotice.lateness(null, RequestType.ERASURE, language)));

        assertNamesNone(notice, List.of(inEither(language, "nach Ablauf der Frist", "after the deadline"),
                inEither(language, "Verspätung", "delay")));
    }

    @ParameterizedTest
    @MethodSource("bothConfirmationsInBothLanguages")
    void aConfirmationThatErasedNothingSaysNothingOfErasedDataInTheBackups(NoticeKind kind, RequestType type,
            NoticeLanguage language) {
        RenderedNotice nothingErased = renderer.render(kind, language, ErasureConfirmations.of(
                new ErasureEvents.RecordsErased(CASE_ID, type, language.code(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), new Person("erika@example.org", "Erika Mustermann")),
                RecipientsTold.none(), ControllerStatus.MERCHANT, language));
        RenderedNotice erased = renderer.render(kind, language, ErasureConfirmations.of(
                NotifierTestKit.recordsErased(CASE_ID, type, language.code(), "erika@example.org"),
                NoticeSamples.recipientsTold(language), ControllerStatus.MERCHANT, language));

        String backups = inEither(language, "Datensicherungen: Gelöschte Daten verschwinden",
                "Backups: erased data also disappears");
        assertNamesNone(nothingErased, List.of(backups));
        assertNamesAll(erased, List.of(backups));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aWithdrawalConfirmationNamesExactlyThePartsNotCarriedOutWithTheirReasons(NoticeLanguage language) {
        // kept: a business letter on another basis (as the withdrawal asks) and the conference server not searched;
        // restricted: an invoice and her master data
        RenderedNotice notice = renderer.render(NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION, language,
                ErasureConfirmations.of(NotifierTestKit.recordsErased(CASE_ID, RequestType.CONSENT_WITHDRAWAL,
                        language.code(), "erika@example.org"), NoticeSamples.recipientsTold(language),
                        ControllerStatus.MERCHANT, language));

        String heading = inEither(language, "Nicht wie erklärt umgesetzt haben wir Ihren Widerruf bei diesen Daten"
                + " (Art. 12 Abs. 4 DSGVO):", "We have not carried out your withdrawal as you declared it for this data"
                + " (Art. 12(4) GDPR):");
        String remedy = inEither(language, "Dagegen können Sie sich beschweren und gerichtlich vorgehen.",
                "You can complain and seek a judicial remedy against this.");
        assertNamesAll(notice, List.of(heading, remedy, inEither(language, "Art. 79 DSGVO", "Art. 79 GDPR")));
        String text = notice.text();
        List<String> parts = text.substring(text.indexOf(heading) + heading.length(), text.indexOf(remedy)).lines()
                .filter(line -> !line.isBlank()).toList();
        assertThat(parts).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("- "));
        assertThat(parts).filteredOn(line -> line.contains(inEither(language, ": eingeschränkt statt gelöscht,"
                + " weil ein Gesetz uns verpflichtet, sie aufzubewahren", ": restricted instead of erased, because a"
                + " law obliges us to keep it"))).hasSize(2);
        assertThat(parts).filteredOn(line -> line.contains(inEither(language, ": nicht gelöscht, Grund: Dieses System"
                + " war bei der Suche nicht erreichbar", ": not erased, reason: "))).hasSize(1);
        // the business letter kept on its other basis is what the withdrawal asks: not a part refused
        assertThat(String.join("\n", parts)).doesNotContain(inEither(language, "1. März 2022", "1 March 2022"))
                .doesNotContain(inEither(language, "nicht aufgrund Ihrer Einwilligung", "consent"));
        assertNamesNone(notice, List.of(inEither(language, "Soweit wir Ihren Widerruf", "Where we have not carried")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aWithdrawalCarriedOutInFullHasNoSentenceAboutPartsNotCarriedOutAndNoJudicialRemedy(
            NoticeLanguage language) {
        ErasureEvents.RecordsErased sample = NotifierTestKit.recordsErased(CASE_ID, RequestType.CONSENT_WITHDRAWAL,
                language.code(), "erika@example.org");
        List<ErasureEvents.PlanItem> onOtherBasis = sample.kept().stream()
                .filter(k -> k.reasonCode() == ErasureEvents.ReasonCode.NOT_PROCESSED_ON_CONSENT).toList();
        RenderedNotice notice = renderer.render(NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION, language,
                ErasureConfirmations.of(new ErasureEvents.RecordsErased(CASE_ID, RequestType.CONSENT_WITHDRAWAL,
                        language.code(), sample.records(), List.of(), onOtherBasis, sample.continuing(), List.of(),
                        sample.personal()), NoticeSamples.recipientsTold(language), ControllerStatus.MERCHANT,
                        language));

        assertThat(onOtherBasis).hasSize(1);
        assertNamesAll(notice, List.of(inEither(language, "Weiter aufbewahrt:", "Kept:"),
                inEither(language, "(Art. 77 DSGVO)", "(Art. 77 GDPR)")));
        assertThat(notice.text() + notice.html()).doesNotContain(
                inEither(language, "Nicht wie erklärt umgesetzt", "not carried out your withdrawal"),
                inEither(language, "Soweit wir", "Where we have not"), "Art. 79", "Art. 12 Abs. 4", "Art. 12(4)");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void masterDataKeptOnAWithdrawalBesideHeldInvoicesNamesTheDayTheLastOfTheirHoldsEnds(NoticeLanguage language) {
        RenderedNotice notice = withdrawalKeeping(language, List.of(
                voucherOnOtherBasis("account_move/21", "2028-12-31"),
                voucherOnOtherBasis("account_move/22", "2030-12-31"),
                masterDataOnOtherBasis()));

        assertNamesAll(notice, List.of(inEither(language,
                "Zweck: Kundenverwaltung (Ihre Stammdaten: Name, Anschrift, Telefonnummern, E-Mail-Adressen); wird"
                        + " gelöscht, sobald dieser Zweck entfällt, frühestens aber ab dem 1. Januar 2031: Bis zum"
                        + " 31. Dezember 2030 müssen wir Unterlagen zu Ihnen (etwa Rechnungen) gesetzlich aufbewahren,"
                        + " die ohne Ihre Stammdaten nicht zuzuordnen wären",
                "; erased as soon as this purpose ends, but not before 1 January 2031: until 31 December 2030 a law"
                        + " obliges us to keep records about you (such as invoices) that could not be matched to you"
                        + " without your master data")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void masterDataOfARelationshipThatRunsGivesNoDateBesideTheAssistantsWordsThoughInvoicesAreHeld(
            NoticeLanguage language) {
        RenderedNotice notice = withdrawalKeeping(language, List.of(
                voucherOnOtherBasis("account_move/21", "2026-12-31"), masterDataOfARunningRelationship()));

        assertNamesAll(notice, List.of("(Wartungsvertrag läuft bis Ende 2027)"));
        assertNamesNone(notice, List.of(inEither(language, "frühestens aber", "but not before")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void masterDataKeptOnAWithdrawalWithNoRecordHeldEndsWithItsPurposeAlone(NoticeLanguage language) {
        RenderedNotice notice = withdrawalKeeping(language, List.of(masterDataOfARunningRelationship()));

        assertNamesAll(notice, List.of(inEither(language, "E-Mail-Adressen); wird gelöscht, sobald dieser Zweck"
                + " entfällt", "erased as soon as this purpose ends")));
        assertNamesNone(notice, List.of(inEither(language, "frühestens aber", "but not before")));
        // the assistant confirmed the relationship runs, in her words: what the withdrawal asks, no part refused
        assertNamesAll(notice, List.of(inEither(language, "Unsere Geschäftsbeziehung mit Ihnen besteht noch",
                "Our business relationship with you continues"), "(Wartungsvertrag läuft bis Ende 2027)"));
        assertNamesNone(notice, List.of("Art. 79", inEither(language, "Soweit wir", "Where we have not")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void anObjectionAnswerThatErasedSaysWhomItToldAndOneThatChangedNothingHasNoArticle19Section(
            NoticeLanguage language) {
        ErasureEvents.RecordsErased sample = ObjectionSamples.answer(CASE_ID, language.code());
        String section = inEither(language, "Empfänger Ihrer Daten (Art. 19 DSGVO)",
                "Recipients of your data (Art. 19 GDPR)");
        String onRequest = inEither(language, "(Art. 19 Satz 2 DSGVO)", "(Art. 19, second sentence, GDPR)");
        RecipientsTold onlyOurDataCentres = new RecipientsTold(List.of(), List.of(),
                List.of("Hetzner Online GmbH", "Hetzner Finland Oy"));

        // records erased: she learns who was told, that nobody had to be, or that our data centres need no notice
        assertNamesAll(renderer.render(NoticeKind.OBJECTION_ANSWER, language,
                        ObjectionAnswers.of(sample, RecipientsTold.none(), ControllerStatus.MERCHANT, language)),
                List.of(section, inEither(language, "Kein Empfänger hat diese Daten erhalten",
                        "No recipient received this data"), onRequest));
        assertNamesAll(renderer.render(NoticeKind.OBJECTION_ANSWER, language,
                        ObjectionAnswers.of(sample, onlyOurDataCentres, ControllerStatus.MERCHANT, language)),
                List.of(section, "Hetzner Finland Oy", onRequest));
        RenderedNotice told = renderer.render(NoticeKind.OBJECTION_ANSWER, language,
                ObjectionAnswers.of(sample, NoticeSamples.recipientsTold(language), ControllerStatus.MERCHANT,
                        language));
        assertNamesAll(told, List.of(section, inEither(language, "sipgate GmbH, am 20. März 2026",
                "sipgate GmbH, on 20 March 2026"), onRequest));

        // nothing erased or restricted: nobody was told of anything, and the answer does not pretend otherwise
        RenderedNotice nothingChanged = renderer.render(NoticeKind.OBJECTION_ANSWER, language,
                ObjectionAnswers.of(ObjectionSamples.nothingToStop(CASE_ID, language.code(), List.of(), List.of()),
                        RecipientsTold.none(), ControllerStatus.MERCHANT, language));
        assertNamesNone(nothingChanged, List.of(section, "Art. 19"));
    }

    static Stream<Arguments> bothConfirmationsInBothLanguages() {
        return Stream.of(NoticeLanguage.values()).flatMap(language -> Stream.of(
                Arguments.of(NoticeKind.ERASURE_CONFIRMATION, RequestType.ERASURE, language),
                Arguments.of(NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION, RequestType.CONSENT_WITHDRAWAL, language)));
    }

    private static RefusalNotice refusal(NoticeLanguage language, String late) {
        return new RefusalNotice("DSR-1234ABCD", "Erika Mustermann",
                language.rejectionReason(RejectionReason.EXCESSIVE), "Vierte gleichlautende Anfrage in diesem Monat.",
                language.yourRequest(RequestType.ERASURE), language.requestSubject(RequestType.ERASURE),
                language.date(LocalDate.parse("2026-03-05")), late);
    }

    private RenderedNotice withdrawalKeeping(NoticeLanguage language, List<ErasureEvents.PlanItem> kept) {
        return renderer.render(NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION, language, ErasureConfirmations.of(
                new ErasureEvents.RecordsErased(CASE_ID, RequestType.CONSENT_WITHDRAWAL, language.code(), List.of(),
                        List.of(), kept, List.of(), List.of(), new Person("erika@example.org", "Erika Mustermann")),
                RecipientsTold.none(), ControllerStatus.MERCHANT, language));
    }

    private static ErasureEvents.PlanItem voucherOnOtherBasis(String reference, String holdUntil) {
        return new ErasureEvents.PlanItem("crm", reference, "accounting-voucher", ErasureEvents.PlannedAction.KEEP,
                LocalDate.parse(holdUntil), "Art. 6(1)(c) GDPR", "not processed on consent", false,
                LocalDate.parse("2022-03-01"), ErasureEvents.ReasonCode.NOT_PROCESSED_ON_CONSENT,
                List.of(ErasureEvents.ProcessingBasis.LEGAL_OBLIGATION));
    }

    private static ErasureEvents.PlanItem masterDataOnOtherBasis() {
        return new ErasureEvents.PlanItem("crm", "res_partner/7", "customer-master-data",
                ErasureEvents.PlannedAction.KEEP, null, "Art. 6(1)(b) GDPR (contract)", "not processed on consent",
                false, LocalDate.parse("2018-01-01"), ErasureEvents.ReasonCode.NOT_PROCESSED_ON_CONSENT,
                List.of(ErasureEvents.ProcessingBasis.CONTRACT));
    }

    /** Her master data, the assistant confirmed, serves a contract that still runs. */
    private static ErasureEvents.PlanItem masterDataOfARunningRelationship() {
        return new ErasureEvents.PlanItem("crm", "res_partner/7", "customer-master-data",
                ErasureEvents.PlannedAction.KEEP, null, "Art. 6(1)(b) GDPR (contract)",
                "Wartungsvertrag läuft bis Ende 2027", false, LocalDate.parse("2018-01-01"),
                ErasureEvents.ReasonCode.RELATIONSHIP_CONTINUES, List.of(ErasureEvents.ProcessingBasis.CONTRACT));
    }

    /** Every item in the text and in the HTML alternative (compared unescaped and without markup line breaks). */
    private static void assertNamesAll(RenderedNotice notice, List<String> items) {
        String html = readable(notice);
        for (String item : items) {
            assertThat(notice.text()).as("plain text").contains(item);
            assertThat(html).as("HTML").contains(item.replaceAll("\\s+", " "));
        }
    }

    private static void assertNamesNone(RenderedNotice notice, List<String> items) {
        String html = readable(notice);
        for (String item : items) {
            assertThat(notice.text()).as("plain text").doesNotContain(item);
            assertThat(html).as("HTML").doesNotContain(item);
        }
    }

    private static String readable(RenderedNotice notice) {
        return notice.html().replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}

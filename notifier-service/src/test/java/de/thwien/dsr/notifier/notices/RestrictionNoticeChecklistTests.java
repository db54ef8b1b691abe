package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.notices.ExpectedWords.inEither;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionEnd;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The restriction answer and the notice before a lift (Art. 18 GDPR) as a checklist: which records are restricted,
 * the ground, how long, the Art. 18(3) promise, Art. 19 recipients, and complaint and remedy where something was not
 * done; in both languages, in the plain text and in the HTML alternative alike.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RestrictionNoticeChecklistTests {

    @Inject
    NoticeRenderer renderer;

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void restrictionAnswerNamesTheRecordsTheGroundHowLongAndThePromiseToTellHerBeforeTheLift(
            NoticeLanguage language) {
        RenderedNotice notice = confirmation(RestrictionSamples.restricted(RestrictionGround.UNLAWFUL_PROCESSING,
                language.code()), language);

        List<String> items = new ArrayList<>(restrictedRecords(language));
        items.add(inEither(language, "Die Verarbeitung ist nach Ihrer Angabe unrechtmäßig, und Sie wünschen statt der"
                        + " Löschung die Einschränkung (Art. 18 Abs. 1 lit. b DSGVO)",
                "According to you the processing is unlawful, and you ask for restriction instead of erasure"
                        + " (Art. 18(1)(b) GDPR)"));
        // (b): only she ends it, never our own lift
        items.add(inEither(language, "Wie lange: bis Sie Ihren Antrag zurücknehmen, der Aufhebung zustimmen oder in"
                + " die Verarbeitung einwilligen; von uns aus heben wir sie nicht auf.", "How long: until you withdraw"
                + " your request, agree to its lifting or consent to the processing; we do not lift it on our own."));
        items.add(promiseToTellBeforeTheLift(language));
        items.add(inEither(language, "(Art. 18 Abs. 2 DSGVO)", "(Art. 18(2) GDPR)"));
        items.addAll(recipients(language));
        items.addAll(complaint(language));
        // a name-only match waits for review: not restricted as asked, with the reason, complaint and remedy
        items.add(inEither(language, "Nicht eingeschränkt:", "Not restricted:"));
        items.add(inEither(language, "Die Daten passen nur dem Namen nach zu Ihnen",
                "the data matches you by name only"));
        items.add(inEither(language, "Art. 12 Abs. 4 DSGVO", "Art. 12(4) GDPR"));
        items.add(inEither(language, "gerichtlichen Rechtsbehelf", "judicial remedy"));
        items.add("DSR-1234ABCD");

        assertNamesAll(notice, items);
        assertThat(notice.subject()).isEqualTo(inEither(language,
                "Einschränkung der Verarbeitung Ihrer Daten (Vorgang DSR-1234ABCD)",
                "Restriction of the processing of your data (case DSR-1234ABCD)"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void restrictionForContestedAccuracyLastsUntilTheAccuracyCheckIsFinished(NoticeLanguage language) {
        RenderedNotice notice = confirmation(RestrictionSamples.restrictedAsAsked(RestrictionGround.ACCURACY_CONTESTED,
                language.code()), language);

        assertNamesAll(notice, List.of(
                inEither(language, "Sie bestreiten die Richtigkeit Ihrer Daten; wir prüfen sie"
                        + " (Art. 18 Abs. 1 lit. a DSGVO)", "You contest the accuracy of your data; we are checking it"
                        + " (Art. 18(1)(a) GDPR)"),
                inEither(language, "Wie lange: bis wir die Prüfung der Richtigkeit Ihrer Daten abgeschlossen haben.",
                        "How long: until we have finished checking the accuracy of your data."),
                promiseToTellBeforeTheLift(language)));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void eachGroundsRestrictionLastsUntilWhatEndsIt(NoticeLanguage language) {
        assertNamesAll(confirmation(RestrictionSamples.restrictedAsAsked(RestrictionGround.UNLAWFUL_PROCESSING,
                language.code()), language), List.of(inEither(language, "Wie lange: bis Sie Ihren Antrag zurücknehmen,"
                + " der Aufhebung zustimmen oder in die Verarbeitung einwilligen",
                "How long: until you withdraw your request, agree to its lifting or consent to the processing")));
        assertNamesAll(confirmation(RestrictionSamples.restrictedAsAsked(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS,
                language.code()), language), List.of(inEither(language, "Wie lange: bis Sie uns mitteilen, dass Sie"
                + " die Daten nicht mehr für Rechtsansprüche benötigen.", "How long: until you tell us that you no"
                + " longer need the data for legal claims.")));
        assertNamesAll(confirmation(RestrictionSamples.restrictedAsAsked(RestrictionGround.OBJECTION_PENDING,
                language.code()), language), List.of(inEither(language, "Wie lange: bis wir Ihren Widerspruch geprüft"
                + " haben.", "How long: until we have examined your objection."), inEither(language, "überwiegen Ihre"
                + " Gründe, löschen wir die Daten oder sie bleiben eingeschränkt", "if your grounds prevail, we erase"
                + " the data or they stay restricted")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void restrictionCarriedOutAsAskedNamesTheComplaintButNoRefusal(NoticeLanguage language) {
        RenderedNotice notice = confirmation(RestrictionSamples.restrictedAsAsked(
                RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS, language.code()), language);

        assertNamesAll(notice, complaint(language));
        assertThat(notice.text()).doesNotContain(inEither(language, "Nicht eingeschränkt", "Not restricted"))
                .doesNotContain(inEither(language, "Art. 12 Abs. 4", "Art. 12(4)"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void noticeBeforeTheLiftSaysItIsLiftedNowWhichRecordsAndWhy(NoticeLanguage language) {
        RenderedNotice notice = lift(RestrictionGround.ACCURACY_CONTESTED, RestrictionEnd.CONFIRMED_ACCURATE,
                language);

        List<String> items = new ArrayList<>(restrictedRecords(language));
        items.add(inEither(language, "bevor wir die Einschränkung der Verarbeitung aufheben (Art. 18 Abs. 3 DSGVO)",
                "before we lift the restriction of processing (Art. 18(3) GDPR)"));
        items.add(inEither(language, "Sie bestreiten die Richtigkeit Ihrer Daten",
                "You contest the accuracy of your data"));
        items.add(inEither(language, "Wir haben die Richtigkeit Ihrer Daten überprüft: Sie sind richtig; wir haben"
                + " sie deshalb nicht geändert.", "We have verified the accuracy of your data: they are accurate, so"
                + " we have not changed them."));
        items.add(inEither(language, "Die Einschränkung galt nur für die Dauer dieser Überprüfung (Art. 18 Abs. 1"
                + " lit. a DSGVO) und endet damit.", "The restriction applied only for the period of this verification"
                + " (Art. 18(1)(a) GDPR) and ends with it."));
        items.addAll(complaint(language));
        items.add("DSR-1234ABCD");

        assertNamesAll(notice, items);
        assertThat(notice.subject()).isEqualTo(inEither(language,
                "Aufhebung der Einschränkung Ihrer Daten (Vorgang DSR-1234ABCD)",
                "Lifting of the restriction of your data (case DSR-1234ABCD)"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aLetterSetToARestrictionIsToldTheGroundReadInIt(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.REQUEST_CLASSIFIED, language, RequestClassifiedNotice.of(
                "DSR-1234ABCD", "Erika Mustermann", RequestType.RESTRICTION, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS,
                language, LocalDate.parse("2026-03-05"), LocalDate.parse("2026-04-07"), false));

        assertNamesAll(notice, List.of(inEither(language, "Als Grund Ihres Antrags auf Einschränkung haben wir Ihrem"
                + " Schreiben entnommen: Wir benötigen die Daten nicht mehr, Sie benötigen sie aber zur Geltendmachung",
                "As the ground of your request for restriction we read in your message:"),
                inEither(language, "Art. 18 Abs. 1 lit. c DSGVO", "Art. 18(1)(c) GDPR")));
        assertThat(renderer.render(NoticeKind.REQUEST_CLASSIFIED, language, RequestClassifiedNotice.of(
                "DSR-1234ABCD", "Erika Mustermann", RequestType.ACCESS, null, language, LocalDate.parse("2026-03-05"),
                LocalDate.parse("2026-04-07"), false)).text()).doesNotContain(inEither(language, "Als Grund",
                "As the ground"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aRecordWhoseStoragePeriodEndedWhileRestrictedIsNamedAsErasedNotAsBackInUse(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.RESTRICTION_LIFT_NOTICE, language,
                RestrictionNotices.liftAnnounced(RestrictionSamples.liftWithAnExpiredRecord(language.code()),
                        ControllerStatus.merchant(true), language));

        String text = notice.text();
        String lifted = inEither(language, "Die Einschränkung endet für:", "The restriction ends for:");
        String erased = inEither(language, "Diese Daten verwenden wir nicht wieder, sondern löschen sie im Anschluss"
                + " an diese Mitteilung, weil ihre Speicherfrist inzwischen abgelaufen ist", "These data we do not use"
                + " again but erase right after this notice, because their storage period has ended");
        assertNamesAll(notice, List.of(lifted, erased, inEither(language, "Art. 5 Abs. 1 lit. e, Art. 17 Abs. 1"
                + " lit. a DSGVO", "Art. 5(1)(e), Art. 17(1)(a) GDPR"), "2016", "2025"));
        // each record in its own list: the 2016 letter after the erasure sentence, the 2025 one before it
        assertThat(text.indexOf("2025")).isBetween(text.indexOf(lifted), text.indexOf(erased));
        assertThat(text.indexOf("2016")).isGreaterThan(text.indexOf(erased));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void afterARectificationTheNoticeBeforeTheLiftSaysTheDataWereRectifiedNotThatTheyAreAccurate(
            NoticeLanguage language) {
        RenderedNotice notice = lift(RestrictionGround.ACCURACY_CONTESTED, RestrictionEnd.RECTIFIED, language);

        assertNamesAll(notice, List.of(inEither(language, "Wir haben die Richtigkeit Ihrer Daten überprüft und die"
                + " unrichtigen Daten berichtigt (Art. 16 DSGVO).", "We have verified the accuracy of your data and"
                + " rectified the inaccurate data (Art. 16 GDPR).")));
        assertThat(notice.text()).doesNotContain(inEither(language, "Sie sind richtig", "they are accurate"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aLiftOnContestedAccuracyWithoutAResultClaimsNoCheck(NoticeLanguage language) {
        RenderedNotice notice = lift(RestrictionGround.ACCURACY_CONTESTED, null, language);

        assertThat(notice.text()).doesNotContain(inEither(language, "überprüft", "verified"))
                .doesNotContain(inEither(language, "abgeschlossen", "finished"))
                .doesNotContain(inEither(language, "berichtigt (Art. 16", "rectified the"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aLiftInsteadOfErasureSaysSheWithdrewHerRequestAndClaimsNoCheck(NoticeLanguage language) {
        RenderedNotice notice = lift(RestrictionGround.UNLAWFUL_PROCESSING, RestrictionEnd.REQUEST_WITHDRAWN, language);

        assertNamesAll(notice, List.of(inEither(language, "Sie haben uns mitgeteilt, dass Sie Ihren Antrag auf"
                + " Einschränkung zurücknehmen oder der Aufhebung zustimmen.", "You have told us that you withdraw your"
                + " request for restriction or agree to its lifting."), inEither(language, "(Art. 18 Abs. 1 lit. b"
                + " DSGVO)", "(Art. 18(1)(b) GDPR)"), inEither(language, "Löschung Ihrer Daten verlangen (Art. 17"
                + " DSGVO)", "erasure of your data (Art. 17 GDPR)")));
        assertNoCheckClaimed(notice, language);
        assertThat(notice.text()).as("we never found the processing lawful")
                .doesNotContain(inEither(language, "Sie ist rechtmäßig", "lawful: it is"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aLiftOnHerConsentSaysSoAndThatSheMayWithdrawIt(NoticeLanguage language) {
        RenderedNotice notice = lift(RestrictionGround.UNLAWFUL_PROCESSING, RestrictionEnd.CONSENT_GIVEN, language);

        assertNamesAll(notice, List.of(inEither(language, "Sie haben in die Verarbeitung der eingeschränkten Daten"
                + " eingewilligt (Art. 18 Abs. 2 DSGVO)", "You have consented to the processing of the restricted data"
                + " (Art. 18(2) GDPR)"), inEither(language, "(Art. 7 Abs. 3 DSGVO)", "(Art. 7(3) GDPR)")));
        assertNoCheckClaimed(notice, language);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aLiftForHerLegalClaimsSaysSheNoLongerNeedsTheData(NoticeLanguage language) {
        RenderedNotice notice = lift(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS, RestrictionEnd.CLAIMS_NO_LONGER_NEEDED,
                language);

        assertNamesAll(notice, List.of(inEither(language, "Sie haben uns mitgeteilt, dass Sie die Daten nicht mehr zur"
                + " Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen benötigen.", "You have told us that"
                + " you no longer need the data for the establishment, exercise or defence of legal claims."),
                inEither(language, "Art. 18 Abs. 1 lit. c DSGVO nicht mehr vor", "Art. 18(1)(c) GDPR therefore no"
                        + " longer applies")));
        assertNoCheckClaimed(notice, language);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void theEndOfARestrictionForHerLegalClaimsErasesWhatNoHoldKeepsAndNamesEachHeldRecordsLawAndDates(
            NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.RESTRICTION_LIFT_NOTICE, language,
                RestrictionNotices.liftAnnounced(RestrictionSamples.legalClaimsEnded(language.code()),
                        ControllerStatus.merchant(true), language));

        List<String> items = new ArrayList<>(List.of(
                inEither(language, "Sie haben uns mitgeteilt, dass Sie die Daten nicht mehr zur Geltendmachung,"
                        + " Ausübung oder Verteidigung von Rechtsansprüchen benötigen.", "You have told us that you no"
                        + " longer need the data for the establishment, exercise or defence of legal claims."),
                inEither(language, "Da auch wir diese Daten nicht mehr benötigen, verwenden wir sie nicht wieder,"
                        + " sondern löschen sie im Anschluss an diese Mitteilung (Art. 17 Abs. 1 lit. a DSGVO):",
                        "As we no longer need these data either, we do not use them again but erase them following"
                                + " this notice (Art. 17(1)(a) GDPR):"),
                inEither(language, "E-Mail vom 12. März 2024 im Postfach „info“",
                        "Email dated 12 March 2024 in our mailbox “info”"),
                inEither(language, "(Art. 17 Abs. 3 lit. b DSGVO in Verbindung mit Art. 6 Abs. 1 lit. c DSGVO",
                        "(Art. 17(3)(b) GDPR with Art. 6(1)(c) GDPR"),
                inEither(language, "Wir verwenden sie nur, um diese Pflicht zu erfüllen (zum Beispiel bei einer"
                        + " Steuerprüfung)", "we use them only to meet that duty (for example in a tax audit)"),
                inEither(language, "§ 147 Abs. 1 Nr. 4, Abs. 3 AO",
                        "Section 147(1) No. 4 and (3) of the German Fiscal Code (AO)"),
                inEither(language, "Aufbewahrung bis " + language.date(LocalDate.parse("2027-12-31"))
                        + "; wird ab dem " + language.date(LocalDate.parse("2028-01-01")) + " gelöscht",
                        "kept until " + language.date(LocalDate.parse("2027-12-31")) + "; erased from "
                                + language.date(LocalDate.parse("2028-01-01"))),
                inEither(language, "Kundenstammdaten in unserer Kunden- und Rechnungsverwaltung",
                        "Customer master data in our customer and invoice records"),
                inEither(language, "Empfänger Ihrer Daten (Art. 19 DSGVO)", "Recipients of your data (Art. 19 GDPR)"),
                inEither(language, "(Art. 19 Satz 2 DSGVO)", "(Art. 19, second sentence, GDPR)"),
                inEither(language, "gerichtlichen Rechtsbehelf gegen uns als Verantwortlichen (Art. 79 DSGVO)",
                        "judicial remedy against us as the controller (Art. 79 GDPR)")));
        items.addAll(complaint(language));
        assertNamesAll(notice, items);
        assertThat(notice.text()).as("her data do not go back into use")
                .doesNotContain(inEither(language, "wieder wie vor Ihrem Antrag", "again as before your request"))
                .doesNotContain(inEither(language, "Wir heben die Einschränkung jetzt auf",
                        "we are lifting the restriction now"))
                .doesNotContain(inEither(language, "für nichts anderes", "for nothing else"));
        assertThat(notice.html()).contains(inEither(language, "Art. 17 Abs. 1 lit. a DSGVO", "Art. 17(1)(a) GDPR"))
                .contains(inEither(language, "Steuerprüfung", "tax audit"));
        assertNoCheckClaimed(notice, language);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void theErasureAfterTheEndOfARestrictionForHerLegalClaimsSaysNoPurposeIsLeftAndNamesTheHeldRecords(
            NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ERASURE_CONFIRMATION, language, ErasureConfirmations.of(
                RestrictionSamples.erasedAfterLegalClaims(language.code()), NoticeSamples.recipientsTold(language),
                ControllerStatus.merchant(true), language));

        assertNamesAll(notice, List.of(
                inEither(language, "Ihren Antrag auf Einschränkung der Verarbeitung (Art. 18 DSGVO)",
                        "your request for restriction of processing (Art. 18 GDPR)"),
                inEither(language, "E-Mail vom 12. März 2024 im Postfach „info“",
                        "Email dated 12 March 2024 in our mailbox “info”"),
                inEither(language, "keine gesetzliche Aufbewahrungspflicht, für keinen Zweck mehr erforderlich (Art. 17"
                        + " Abs. 1 lit. a", "there was no statutory retention obligation, it was no longer needed for"
                        + " any purpose (Art. 17(1)(a)"),
                inEither(language, "Aufbewahrung bis " + language.date(LocalDate.parse("2027-12-31")),
                        "kept until " + language.date(LocalDate.parse("2027-12-31")))));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aLiftAfterTheWeighingOfHerObjectionGivesOurGroundsWithComplaintAndJudicialRemedy(NoticeLanguage language) {
        RenderedNotice notice = lift(RestrictionGround.OBJECTION_PENDING, RestrictionEnd.OVERRIDING_GROUNDS,
                language);

        List<String> items = new ArrayList<>(List.of(
                inEither(language, "Ihre Gründe gegen unsere abgewogen: Es bestehen zwingende schutzwürdige Gründe für"
                        + " die Verarbeitung, die Ihre Interessen, Rechte und Freiheiten überwiegen.", "weighed your"
                        + " grounds against ours: there are compelling legitimate grounds for the processing which"
                        + " override your interests, rights and freedoms."),
                inEither(language, "(Art. 18 Abs. 1 lit. d DSGVO)", "(Art. 18(1)(d) GDPR)"),
                inEither(language, "Unsere zwingenden schutzwürdigen Gründe: ", "Our compelling legitimate grounds: ")
                        + RestrictionSamples.OVERRIDING_GROUNDS,
                inEither(language, "gerichtlichen Rechtsbehelf gegen uns als Verantwortlichen (Art. 79 DSGVO)",
                        "judicial remedy against us as the controller (Art. 79 GDPR)")));
        items.addAll(complaint(language));
        assertNamesAll(notice, items);
        assertThat(notice.text()).doesNotContain(inEither(language, "Richtigkeit Ihrer Daten", "accuracy of your data"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aLiftWithoutARecordedReasonOrWithAnotherGroundsClaimsNoCheckAndGivesNoGrounds(NoticeLanguage language) {
        for (RestrictionGround ground : RestrictionGround.values()) {
            RenderedNotice notice = lift(ground, null, language);
            assertThat(notice.text()).as(ground + ": the general words").contains(inEither(language,
                    "Der Grund der Einschränkung ist entfallen.", "The ground for the restriction no longer applies."));
            assertNoCheckClaimed(notice, language);
        }
        RenderedNotice mismatched = lift(RestrictionGround.OBJECTION_PENDING, RestrictionEnd.CONFIRMED_ACCURATE,
                language);
        assertNoCheckClaimed(mismatched, language);
        assertThat(mismatched.text()).doesNotContain(inEither(language, "Richtigkeit Ihrer Daten",
                "accuracy of your data"));
    }

    private static void assertNoCheckClaimed(RenderedNotice notice, NoticeLanguage language) {
        assertThat(notice.text()).as("no check that was not made")
                .doesNotContain(inEither(language, "Prüfung", "verification"))
                .doesNotContain(inEither(language, "abgeschlossen", "finished"))
                .doesNotContain(inEither(language, "überprüft", "verified"))
                .doesNotContain(inEither(language, "abgewogen", "weighed"))
                .doesNotContain(inEither(language, "zwingenden schutzwürdigen Gründe", "compelling legitimate"));
    }

    private RenderedNotice lift(RestrictionGround ground, RestrictionEnd check, NoticeLanguage language) {
        return renderer.render(NoticeKind.RESTRICTION_LIFT_NOTICE, language, RestrictionNotices.liftAnnounced(
                RestrictionSamples.liftAnnounced(ground, check, language.code()), ControllerStatus.merchant(true),
                language));
    }

    private RenderedNotice confirmation(de.thwien.dsr.events.ErasureEvents.RecordsErased outcome,
            NoticeLanguage language) {
        return renderer.render(NoticeKind.RESTRICTION_CONFIRMATION, language, RestrictionNotices.confirmation(outcome,
                NoticeSamples.recipientsTold(language), ControllerStatus.merchant(true), language));
    }

    private static List<String> restrictedRecords(NoticeLanguage language) {
        return List.of(
                inEither(language, "E-Mail vom 12. März 2024 im Postfach „info“ – allgemeine Korrespondenz",
                        "Email dated 12 March 2024 in our mailbox “info” – general correspondence"),
                inEither(language, "Kundenstammdaten in unserer Kunden- und Rechnungsverwaltung",
                        "Customer master data in our customer and invoice records"),
                inEither(language, "Konferenzaufzeichnung vom 3. März 2026 auf unserem Web-Konferenz-Server",
                        "Conference recording dated 3 March 2026 on our web conference server"));
    }

    private static String promiseToTellBeforeTheLift(NoticeLanguage language) {
        return inEither(language, "Bevor wir die Einschränkung aufheben, teilen wir Ihnen das mit (Art. 18 Abs. 3"
                + " DSGVO).", "Before we lift the restriction, we will tell you (Art. 18(3) GDPR).");
    }

    private static List<String> recipients(NoticeLanguage language) {
        return List.of(inEither(language, "Empfänger Ihrer Daten (Art. 19 DSGVO)", "Recipients of your data"
                + " (Art. 19 GDPR)"), inEither(language, "sipgate GmbH, am 20. März 2026", "sipgate GmbH, on 20 March"
                + " 2026"), "Steuerberatung Beispiel GmbH", "Hetzner Online GmbH");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void theEndOfARestrictionForHerLegalClaimsNamesEachPartOfAVoucherMailTheBodyWhoseHoldEndedGoingNow(
            NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.RESTRICTION_LIFT_NOTICE, language,
                RestrictionNotices.liftAnnounced(RestrictionSamples.legalClaimsEndedWithVoucherMails(language.code()),
                        ControllerStatus.merchant(true), language));

        String body = inEither(language, "Text der E-Mail", "Text of the email");
        String attachments = inEither(language, "Angehängte Dateien", "Attached files");
        assertNamesAll(notice, List.of(
                body + " – " + language.retentionCategory("commercial-letter") + ": " + inEither(language,
                        "Aufbewahrungspflicht abgelaufen; wird jetzt gelöscht", "retention obligation ended; erased now"),
                attachments + " – " + language.retentionCategory("accounting-voucher") + ": " + inEither(language,
                        "wird ab dem " + language.date(LocalDate.parse("2028-01-01")) + " gelöscht",
                        "erased from " + language.date(LocalDate.parse("2028-01-01"))),
                body + " – " + language.retentionCategory("commercial-letter") + ": " + inEither(language,
                        "wird ab dem " + language.date(LocalDate.parse("2028-01-01")) + " gelöscht",
                        "erased from " + language.date(LocalDate.parse("2028-01-01"))),
                attachments + " – " + language.retentionCategory("accounting-voucher") + ": " + inEither(language,
                        "wird ab dem " + language.date(LocalDate.parse("2030-01-01")) + " gelöscht",
                        "erased from " + language.date(LocalDate.parse("2030-01-01")))));
        assertThat(notice.text()).as("the record in parts gives no one date for all of it")
                .doesNotContain(inEither(language, "Aufbewahrung bis", "kept until"))
                .doesNotContain(inEither(language, "wird ab dem " + language.date(LocalDate.parse("2026-04-20")),
                        "erased from " + language.date(LocalDate.parse("2026-04-20"))));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aLiftNamesTheBodyOfAVoucherMailWhosePeriodEndedAsErasedBeforeTheRestGoesBackIntoUse(
            NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.RESTRICTION_LIFT_NOTICE, language,
                RestrictionNotices.liftAnnounced(RestrictionSamples.liftOfAVoucherMailWithoutItsBody(language.code()),
                        ControllerStatus.merchant(true), language));

        String lifted = inEither(language, "Die Einschränkung endet für:", "The restriction ends for:");
        String partErased = inEither(language, "Von diesen Datensätzen löschen wir einen Teil unmittelbar vor der"
                + " Aufhebung, weil seine eigene Speicherfrist abgelaufen ist", "Of these records we erase one part"
                + " right before the lift, because its own storage period has ended");
        String bodyLine = inEither(language, "Text der E-Mail", "Text of the email") + " – "
                + language.retentionCategory("commercial-letter") + ": " + inEither(language,
                        "Aufbewahrungspflicht abgelaufen; wird jetzt gelöscht", "retention obligation ended; erased now");
        assertNamesAll(notice, List.of(lifted, partErased, bodyLine));
        String text = notice.text();
        assertThat(text.indexOf(bodyLine)).isGreaterThan(text.indexOf(partErased));
        assertThat(text).as("the attachments go back into use: no erasure line for them")
                .doesNotContain(inEither(language, "Angehängte Dateien", "Attached files"));
    }

    private static List<String> complaint(NoticeLanguage language) {
        return List.of(
                inEither(language, "Recht, sich bei einer Datenschutzaufsichtsbehörde zu beschweren (Art. 77 DSGVO)",
                        "right to lodge a complaint with a data protection supervisory authority (Art. 77 GDPR)"),
                "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
                "Kavalleriestraße 2-4", "40213 Düsseldorf", "poststelle@ldi.nrw.de");
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

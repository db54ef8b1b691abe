package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.notices.ExpectedWords.inEither;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.CaseEvents.RejectionReason;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.notifier.assistant.AlertNotice;
import de.thwien.dsr.notifier.assistant.DeadLetterLine;
import de.thwien.dsr.notifier.assistant.DigestLine;
import de.thwien.dsr.notifier.assistant.DigestNotice;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LEGAL.md §5 as a checklist: every notice kind, in both languages, must name each mandatory item,
 * in the plain text and in the HTML alternative alike.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class NoticeChecklistTests {

    private static final String CASE_ID = "1234abcd-0000-4000-8000-000000000000";

    @Inject
    NoticeRenderer renderer;

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void firstContactNoticeNamesEverythingArticle13Requires(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.FIRST_CONTACT, language,
                new FirstContactNotice("Erika Mustermann"));

        List<String> items = new ArrayList<>();
        items.addAll(controllerIdentity());
        items.addAll(purposesAndLegalBases(language));
        items.add(inEither(language, "Berechtigtes Interesse: technische Verfügbarkeit der Dienste",
                "Legitimate interest: keeping the services available"));
        items.addAll(recipients());
        items.add(thirdCountries(language));
        items.addAll(storagePeriods(language));
        items.addAll(rights(language));
        items.add(inEither(language, "Einwilligung mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO)",
                "withdraw a consent you gave, with effect for the future (Art. 7(3) GDPR)"));
        items.addAll(complaintToLdiNrw(language));
        items.add(inEither(language, "Die Angabe Ihrer Daten ist für einen Vertrag erforderlich; ohne sie können wir",
                "Providing your data is required for a contract; without it we cannot"));
        items.add(inEither(language, "Art. 13 DSGVO", "Art. 13 GDPR"));

        assertNamesAll(notice, items);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessAnswerNamesEverythingArticle15Requires(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACCESS_ANSWER, language,
                new AccessAnswerNotice("DSR-1234ABCD", "Erika Mustermann", "https://thwien.de/p/token-xyz",
                        language.dateTime(Instant.parse("2026-04-01T10:00:00Z"))));

        List<String> items = new ArrayList<>(article15(language));
        items.add(inEither(language, "Kopie Ihrer Daten (Art. 15 Abs. 3 DSGVO)", "Copy of your data (Art. 15(3) GDPR)"));
        items.add(inEither(language, "gängigen elektronischen Format", "common electronic format"));
        items.add("https://thwien.de/p/token-xyz");
        items.add(inEither(language, "1. April 2026, 12:00 Uhr", "1 April 2026, 12:00"));
        items.add("DSR-1234ABCD");
        items.addAll(controllerIdentity());

        assertNamesAll(notice, items);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessAnswerNamesOnlyTheRecipientsHerRecordsWentToAndTheDataCentresOfOurServers(NoticeLanguage language) {
        RenderedNotice letters = renderer.render(NoticeKind.ACCESS_ANSWER, language, new AccessAnswerNotice(
                "DSR-1234ABCD", "Erika Mustermann", "https://thwien.de/p/token-xyz",
                language.dateTime(Instant.parse("2026-04-01T10:00:00Z")), false, true, List.of(), List.of(),
                Map.of("mail", List.of("general-correspondence"), "crm", List.of("customer-master-data"))));
        RenderedNotice voicemail = renderer.render(NoticeKind.ACCESS_ANSWER, language, new AccessAnswerNotice(
                "DSR-1234ABCD", "Erika Mustermann", "https://thwien.de/p/token-xyz",
                language.dateTime(Instant.parse("2026-04-01T10:00:00Z")), false, true, List.of(), List.of(),
                Map.of("mail", List.of("voicemail"))));

        assertNamesAll(letters, List.of("Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen",
                "Hetzner Finland Oy", "Symgenius GmbH & Co. KG"));
        assertThat(letters.text() + letters.html()).doesNotContain("sipgate").doesNotContain("Steuerkanzlei");
        assertNamesAll(voicemail, List.of("sipgate GmbH, Gladbacher Str. 74, 40219 Düsseldorf",
                "Hetzner Online GmbH"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessAnswerSaysHowLongHerDataStaysInTheBackupsOnlyWhereItFoundData(NoticeLanguage language) {
        String backups = inEither(language, "Datensicherungen: Ihre Daten sind auch in den Datensicherungen unserer"
                + " Server enthalten. Diese bewahren wir höchstens 6 Monate auf",
                "Backups: your data is also contained in the backups of our servers. We keep backups for 6 months"
                        + " at most");
        RenderedNotice withData = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackageWith(language, Map.of("mail", List.of("general-correspondence"))), language));
        RenderedNotice nothingFound = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackage(language, "https://thwien.de/p/token-xyz", List.of(),
                        Map.of("mail", 0, "crm", 0, "conference", 0), null), language));

        assertNamesAll(withData, List.of(backups));
        // nothing found, nothing erased: no data of hers in the backups to speak of (issue 19's review)
        assertNamesNone(nothingFound, List.of(backups, inEither(language, "Datensicherungen:", "Backups:")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessAnswerWithARecordingSaysOneWithOtherParticipantsIsHandedOutOnlyAfterWeighingTheirRights(
            NoticeLanguage language) {
        String weighed = inEither(language, "Wir geben sie erst heraus, nachdem wir die Rechte und Freiheiten der"
                + " anderen abgewogen haben (Art. 15 Abs. 4 DSGVO), und verlinken sie nicht direkt",
                "We hand it out only after weighing the rights and freedoms of the others (Art. 15(4) GDPR) and do"
                        + " not link it directly");
        RenderedNotice recording = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackageWith(language, Map.of("conference", List.of("conference-account",
                        "conference-recording"))), language));
        RenderedNotice letters = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackageWith(language, Map.of("mail", List.of("general-correspondence"))), language));

        assertNamesAll(recording, List.of(weighed));
        assertNamesNone(letters, List.of(weighed));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void theRecipientsHeadingNamesNoTelephonyWhereNoTelephonyRecipientIsListed(NoticeLanguage language) {
        RenderedNotice letters = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackageWith(language, Map.of("mail", List.of("general-correspondence"))), language));
        RenderedNotice voicemail = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackageWith(language, Map.of("mail", List.of("voicemail"))), language));

        assertThat(letters.text() + letters.html()).doesNotContain("sipgate")
                .doesNotContainIgnoringCase(inEither(language, "Telefonie", "telephony"));
        assertNamesAll(letters, List.of(inEither(language, "Empfänger, jeweils mit ihrer Aufgabe für uns:",
                "Recipients, each with what it does for us:")));
        assertNamesAll(voicemail, List.of(inEither(language, "Empfänger, jeweils mit ihrer Aufgabe für uns:",
                "Recipients, each with what it does for us:"), inEither(language,
                "sipgate GmbH, Gladbacher Str. 74, 40219 Düsseldorf: Telefonie und Anrufbeantworter",
                "sipgate GmbH, Gladbacher Str. 74, 40219 Düsseldorf: telephony and voicemail")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessAnswerNamesCustomersCorrespondenceAsASourceOnlyForRecordsFromAThirdParty(NoticeLanguage language) {
        String customersCorrespondence = inEither(language, "Korrespondenz mit unseren Kunden, in der Sie genannt sind",
                "correspondence with our customers that mentions you");
        RenderedNotice herOwnLetters = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                letters(language, List.of()), language));
        RenderedNotice namedByACustomer = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                letters(language, List.of("mail")), language));

        assertThat(herOwnLetters.text() + herOwnLetters.html()).doesNotContain(customersCorrespondence);
        assertNamesAll(herOwnLetters, List.of(inEither(language, "Wir haben Ihre Daten von Ihnen selbst",
                "We received your data from you")));
        assertNamesAll(namedByACustomer, List.of(customersCorrespondence));
    }

    /** A package of her letters in the mailbox, of which those of {@code storesFromThirdParty} came from a customer. */
    private static DiscoveryEvents.AccessPackageReady letters(NoticeLanguage language,
            List<String> storesFromThirdParty) {
        return new DiscoveryEvents.AccessPackageReady(CASE_ID, language.code(), "https://thwien.de/p/token-xyz",
                Instant.parse("2026-04-01T10:00:00Z"), new Person("erika@example.org", "Erika Mustermann"),
                List.of("mail", "crm", "conference"), List.of(), Map.of("mail", 2, "crm", 0, "conference", 0), null,
                Map.of("mail", List.of("general-correspondence")), storesFromThirdParty);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessAnswerWithNothingFoundSaysSoNamesTheStoresSearchedAndStillWhatArticle15Requires(
            NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackage(language, "https://thwien.de/p/token-xyz", List.of(),
                        Map.of("mail", 0, "crm", 0, "conference", 0), null), language));

        List<String> items = new ArrayList<>();
        items.add(inEither(language, "Wir verarbeiten keine personenbezogenen Daten zu Ihrer Person",
                "We do not process any personal data about you"));
        items.add(inEither(language, "Durchsucht haben wir: E-Mail-Postfach, Kunden- und Rechnungsverwaltung,"
                        + " Web-Konferenz-Server",
                "We searched: mailbox, customer and invoice records, web conference server"));
        items.add(inEither(language, "Zweck: Bearbeitung Ihres Antrags", "Purpose: handling your request"));
        items.add(inEither(language, "Art. 6 Abs. 1 lit. c DSGVO", "Art. 6(1)(c) GDPR"));
        items.add(inEither(language, "Daten: Ihr Name, Ihre E-Mail-Adresse, Ihr Antrag",
                "Data: your name, your email address, your request"));
        items.add(inEither(language, "Speicherdauer: 3 Jahre ab dem Ende des Jahres, in dem wir den Antrag abschließen",
                "Storage period: 3 years from the end of the year in which we close the request"));
        items.add(inEither(language, "Herkunft der Daten: von Ihnen selbst", "Source of the data: from you"));
        // the request itself is kept on our own servers: their data centres; none of the others got anything of hers
        items.addAll(List.of("Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen", "Hetzner Finland Oy",
                "Symgenius GmbH & Co. KG"));
        items.add(thirdCountries(language));
        items.addAll(rights(language));
        items.addAll(complaintToLdiNrw(language));
        items.add(inEither(language, "keine automatisierte Entscheidungsfindung einschließlich Profiling",
                "no automated decision-making, including profiling"));
        items.add(inEither(language, "Eine Kopie Ihrer Daten (Art. 15 Abs. 3 DSGVO) gibt es daher nicht",
                "There is therefore no copy of your data (Art. 15(3) GDPR)"));
        items.add("DSR-1234ABCD");

        assertNamesAll(notice, items);
        assertThat(notice.text()).doesNotContain("https://thwien.de/p/token-xyz").doesNotContain("sipgate");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessAnswerToANonCustomerWithOnlyAVoicemailNamesTheAnsweringOfCallsAndHerRequestNotContractOrInvoicing(
            NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackageWith(language, Map.of("mail", List.of("voicemail"))), language));

        assertNamesAll(notice, List.of(
                inEither(language, "Beantwortung Ihrer E-Mails und Anrufe", "Answering your emails and calls"),
                inEither(language, "Zweck: Bearbeitung Ihres Antrags", "Purpose: handling your request"),
                inEither(language, "Speicherdauer: 3 Jahre ab dem Ende des Jahres, in dem wir den Antrag abschließen",
                        "Storage period: 3 years from the end of the year in which we close the request")));
        assertNamesNone(notice, notACallersOrEnquirersPurposes(language));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessAnswerToANonCustomerWithOneGeneralMailNamesTheAnsweringOfMailsAndHerRequestNotContractOrInvoicing(
            NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackageWith(language, Map.of("mail", List.of("general-correspondence"))), language));

        assertNamesAll(notice, List.of(
                inEither(language, "Beantwortung Ihrer E-Mails und Anrufe", "Answering your emails and calls"),
                inEither(language, "Zweck: Bearbeitung Ihres Antrags", "Purpose: handling your request")));
        assertNamesNone(notice, notACallersOrEnquirersPurposes(language));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessAnswerToACustomerWithInvoicesNamesInvoicingWithItsStatutoryBasisAndHerRequest(
            NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackageWith(language, Map.of("crm", List.of("accounting-voucher", "customer-master-data"),
                        "mail", List.of("commercial-letter"))), language));

        assertNamesAll(notice, List.of(
                inEither(language, "Angebote, Auftragsausführung und Abrechnung",
                        "Quotes, carrying out orders and invoicing"),
                inEither(language, "Art. 6 Abs. 1 lit. c DSGVO mit § 147 AO, § 257 HGB und § 14b UStG",
                        "Art. 6(1)(c) GDPR with § 147 AO, § 257 HGB and § 14b UStG"),
                inEither(language, "Zweck: Bearbeitung Ihres Antrags", "Purpose: handling your request")));
        assertNamesNone(notice, List.of(inEither(language, "Web-Konferenzen und ihre Aufzeichnung",
                "Web conferences and their recording")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessAnswerToAnEventWithoutTheCategoriesFoundNamesEveryPurposeAndHerRequest(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackage(language, "https://thwien.de/p/token-xyz", List.of(), Map.of("mail", 1), null),
                language));

        List<String> items = new ArrayList<>(purposesAndLegalBases(language));
        items.add(inEither(language, "Beantwortung Ihrer E-Mails und Anrufe", "Answering your emails and calls"));
        items.add(inEither(language, "Zweck: Bearbeitung Ihres Antrags", "Purpose: handling your request"));
        assertNamesAll(notice, items);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessAnswerNamesTheStoreThatCouldNotBeSearchedAndPromisesAFollowUp(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackage(language, "https://thwien.de/p/token-xyz", List.of("conference"),
                        Map.of("mail", 2, "crm", 1), null), language));

        List<String> items = new ArrayList<>();
        items.add(inEither(language, "Durchsucht haben wir: E-Mail-Postfach, Kunden- und Rechnungsverwaltung",
                "We searched: mailbox, customer and invoice records"));
        items.add(inEither(language, "Nicht durchsuchen konnten wir: Web-Konferenz-Server",
                "We could not search: web conference server"));
        items.add(inEither(language, "schreiben Ihnen erneut, was wir dort gefunden haben",
                "write to you again with what we found there"));
        items.add(inEither(language, "Kopie Ihrer Daten (Art. 15 Abs. 3 DSGVO)", "Copy of your data (Art. 15(3) GDPR)"));
        items.add("https://thwien.de/p/token-xyz");
        items.addAll(article15(language));

        assertNamesAll(notice, items);
        assertThat(notice.text()).doesNotContain(inEither(language, "Wir verarbeiten keine",
                "We do not process any personal data"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessFollowUpNamesTheStoreSearchedAgainWhatWasFoundThereAndTheCompleteCopy(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACCESS_FOLLOW_UP, language, AccessAnswers.followUp(
                accessPackage(language, "https://thwien.de/p/complete", List.of(),
                        Map.of("mail", 2, "crm", 1, "conference", 3), List.of("conference")), language));

        List<String> items = new ArrayList<>();
        items.add(inEither(language, "Nachtrag zu unserer Auskunft", "follow-up to our answer"));
        items.add(inEither(language, "Web-Konferenz-Server: 3 Datensätze", "web conference server: 3 records"));
        items.add(inEither(language, "vollständige Kopie Ihrer Daten", "complete copy of your data"));
        items.add("https://thwien.de/p/complete");
        items.add(inEither(language, "1. April 2026, 12:00 Uhr", "1 April 2026, 12:00"));
        items.addAll(complaintToLdiNrw(language));
        items.add("DSR-1234ABCD");
        items.addAll(controllerIdentity());

        assertNamesAll(notice, items);
        assertThat(notice.subject()).contains("DSR-1234ABCD");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessFollowUpThatFoundNothingAnywhereSaysWeProcessNoDataAboutHer(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACCESS_FOLLOW_UP, language, AccessAnswers.followUp(
                accessPackage(language, "https://thwien.de/p/complete", List.of(),
                        Map.of("mail", 0, "crm", 0, "conference", 0), List.of("conference")), language));

        assertNamesAll(notice, List.of(
                inEither(language, "Web-Konferenz-Server: keine Daten zu Ihrer Person",
                        "web conference server: no data about you"),
                inEither(language, "Wir verarbeiten keine personenbezogenen Daten zu Ihrer Person",
                        "We do not process any personal data about you")));
        assertThat(notice.text()).doesNotContain("https://thwien.de/p/complete");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void accessStoresNotSearchedNamesTheSystemSaysPartOfTheRequestWasNotCarriedOutAndGivesTheRemedies(
            NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACCESS_STORES_NOT_SEARCHED, language,
                AccessAnswers.storesNotSearched(new DiscoveryEvents.StoresNotSearched(CASE_ID, RequestType.ACCESS,
                        language.code(), List.of("conference"), 10,
                        new Person("erika@example.org", "Erika Mustermann")), language));

        List<String> items = new ArrayList<>();
        items.add(inEither(language, "Trotz wiederholter Versuche konnten wir das System nicht durchsuchen",
                "Despite repeated attempts we could not search it"));
        items.add(inEither(language, "Nicht durchsuchen konnten wir: Web-Konferenz-Server.",
                "We could not search: web conference server."));
        items.add(inEither(language, "Diesen Teil Ihres Antrags haben wir nicht ausgeführt",
                "We have not carried out this part of your request"));
        items.add(inEither(language, "Sie können Ihren Antrag jederzeit erneut stellen oder sich direkt an uns wenden:"
                        + " Thomas Wien, per E-Mail an datenschutz@thwien.de oder telefonisch unter 02102 - 307 62 01",
                "You may make your request again at any time, or contact us directly: Thomas Wien, by email to"
                        + " datenschutz@thwien.de or by phone on 02102 - 307 62 01"));
        items.addAll(remediesAgainstARefusal(language));
        items.add("DSR-1234ABCD");
        items.addAll(controllerIdentity());

        assertNamesAll(notice, items);
        assertThat(notice.subject()).contains("DSR-1234ABCD").contains(inEither(language, "nicht durchsuchen",
                "could not search"));
        assertThat(notice.text()).as("the store in words, not its id").doesNotContain(": conference.");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void erasureConfirmationNamesWhatWasErasedRestrictedUntilWhenAndWhoWasInformed(NoticeLanguage language) {
        RenderedNotice notice = confirmation(NoticeKind.ERASURE_CONFIRMATION,
                NotifierTestKit.recordsErased(CASE_ID, RequestType.ERASURE, "de", "erika@example.org"), language);

        List<String> items = new ArrayList<>(erasureOutcome(language));
        items.add(inEither(language, "Art. 17 DSGVO", "Art. 17 GDPR"));
        items.add(inEither(language, "Weiter aufbewahrt:", "Kept:"));
        items.add(inEither(language, "Grund: Die Daten passen nur dem Namen nach zu Ihnen",
                "reason: the data matches you by name only"));
        items.add(inEither(language, "Grund: Dieses System war bei der Suche nicht erreichbar",
                "reason: this system could not be searched because it was unavailable"));
        items.addAll(complaintToLdiNrw(language));
        items.addAll(controllerIdentity());

        assertNamesAll(notice, items);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void erasureConfirmationThatConcernedNoRecipientSaysSoNamesNoneOfThePolicysRecipientsAndTheRightToAsk(
            NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ERASURE_CONFIRMATION, language, ErasureConfirmations.of(
                nothingFound(RequestType.ERASURE, language), RecipientsTold.none(), ControllerStatus.MERCHANT,
                language));

        assertNamesAll(notice, List.of(
                inEither(language, "Da wir keine Daten gelöscht oder eingeschränkt haben, war kein Empfänger zu"
                        + " benachrichtigen.", "As we erased or restricted no data, there was no recipient to inform."),
                inEither(language, "(Art. 19 Satz 2 DSGVO)", "(Art. 19, second sentence, GDPR)")));
        // none of her records went to them: the privacy policy's recipients are not hers (Art. 19 sentence 2)
        assertThat(notice.text() + notice.html()).doesNotContain("sipgate").doesNotContain("Symgenius")
                .doesNotContain("Hetzner").doesNotContain(inEither(language,
                        "nach unserer Datenschutzerklärung:", "under our privacy policy are:"));
        assertThat(notice.text() + notice.html()).doesNotContain("niemandem offengelegt")
                .doesNotContain("not disclosed to anyone")
                .doesNotContain(inEither(language, "informiert haben wir:", "We informed these recipients"));
    }

    @ParameterizedTest
    @MethodSource("bothConfirmationsInBothLanguages")
    void mailWithAnInvoiceSaysWhenItsTextAndWhenTheAttachedInvoiceAreErasedEachWithItsLaw(NoticeKind kind,
            NoticeLanguage language) {
        RenderedNotice notice = confirmation(kind, withRestricted(kind, NoticeSamples.voucherMail("commercial-letter"),
                language), language);

        assertNamesAll(notice, List.of(
                inEither(language, "E-Mail vom 12. März 2018 im Postfach „info“",
                        "Email dated 12 March 2018 in our mailbox “info”"),
                inEither(language, "Text der E-Mail – Geschäftsbrief: wird ab dem 1. Januar 2025 gelöscht; Rechtsgrundlage:"
                                + " Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 2 und 3, Abs. 3 AO und § 257 Abs. 1"
                                + " Nr. 2 und 3, Abs. 4 HGB (Handels- und Geschäftsbriefe, 6 Jahre)",
                        "Text of the email – business letter: erased from 1 January 2025; legal basis: retention"
                                + " obligation under Section 147(1) Nos. 2 and 3 and (3) of the German Fiscal Code (AO)"
                                + " and Section 257(1) Nos. 2 and 3 and (4) of the German Commercial Code (HGB)"
                                + " (business letters; 6 years)"),
                inEither(language, "Angehängte Dateien – Buchungsbeleg (z. B. Rechnung): wird ab dem 1. Januar 2027"
                                + " gelöscht; Rechtsgrundlage: Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 4, Abs. 3 AO,"
                                + " § 257 Abs. 1 Nr. 4, Abs. 4 HGB und § 14b Abs. 1 UStG (Buchungsbelege einschließlich"
                                + " Rechnungen, 8 Jahre)",
                        "Attached files – accounting voucher (e.g. invoice): erased from 1 January 2027; legal basis:"
                                + " retention obligation under Section 147(1) No. 4 and (3) of the German Fiscal Code"
                                + " (AO), Section 257(1) No. 4 and (4) of the German Commercial Code (HGB) and Section"
                                + " 14b(1) of the German VAT Act (UStG) (accounting vouchers, including invoices;"
                                + " 8 years)")));
        assertThat(notice.text()).as("one date per part, not one for the whole mail")
                .doesNotContain(inEither(language, "Aufbewahrung bis 31. Dezember 2026", "kept until 31 December 2026"));
    }

    @ParameterizedTest
    @MethodSource("bothConfirmationsInBothLanguages")
    void mailWithAnInvoiceWhoseTextHasNoHoldSaysTheTextIsErasedNowAndTheInvoiceKept(NoticeKind kind,
            NoticeLanguage language) {
        RenderedNotice notice = confirmation(kind, withRestricted(kind,
                NoticeSamples.voucherMail("general-correspondence"), language), language);

        assertNamesAll(notice, List.of(
                inEither(language, "Text der E-Mail – allgemeine Korrespondenz: keine Aufbewahrungspflicht; wird jetzt"
                                + " gelöscht",
                        "Text of the email – general correspondence: no retention obligation; erased now"),
                inEither(language, "Angehängte Dateien – Buchungsbeleg (z. B. Rechnung): wird ab dem 1. Januar 2027 gelöscht",
                        "Attached files – accounting voucher (e.g. invoice): erased from 1 January 2027")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void mailWhoseTextWasErasedAfterItsHoldSaysSoAndWhenTheInvoiceFollows(NoticeLanguage language) {
        ErasureEvents.RestrictedRecord mail = NoticeSamples.voucherMail("commercial-letter");
        ErasureEvents.RestrictedRecord textErased = new ErasureEvents.RestrictedRecord(mail.store(), mail.reference(),
                mail.retentionCategory(), mail.legalBasis(), mail.holdUntil(), mail.erasableFrom(),
                mail.retentionStart(), mail.reasonCode(), List.of(
                        new ErasureEvents.RestrictedPart(mail.parts().get(0).kind(), "commercial-letter",
                                LocalDate.parse("2025-01-01"), Instant.parse("2025-01-01T02:00:00Z")),
                        mail.parts().get(1)));
        RenderedNotice notice = confirmation(NoticeKind.ERASURE_CONFIRMATION,
                withRestricted(NoticeKind.ERASURE_CONFIRMATION, textErased, language), language);

        assertNamesAll(notice, List.of(
                inEither(language, "Text der E-Mail – Geschäftsbrief: gelöscht am 1. Januar 2025",
                        "Text of the email – business letter: erased on 1 January 2025"),
                inEither(language, "Angehängte Dateien – Buchungsbeleg (z. B. Rechnung): wird ab dem 1. Januar 2027 gelöscht",
                        "Attached files – accounting voucher (e.g. invoice): erased from 1 January 2027")));
    }

    static Stream<Arguments> bothConfirmationsInBothLanguages() {
        return Stream.of(NoticeKind.ERASURE_CONFIRMATION, NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION)
                .flatMap(kind -> Stream.of(NoticeLanguage.values()).map(language -> Arguments.of(kind, language)));
    }

    /** The sample confirmation of {@code kind} with {@code restricted} as its only restricted record. */
    private static ErasureEvents.RecordsErased withRestricted(NoticeKind kind,
            ErasureEvents.RestrictedRecord restricted, NoticeLanguage language) {
        RequestType type = kind == NoticeKind.ERASURE_CONFIRMATION ? RequestType.ERASURE
                : RequestType.CONSENT_WITHDRAWAL;
        return nothingKept(NotifierTestKit.recordsErased(CASE_ID, type, "de", "erika@example.org"),
                List.of(restricted), language);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void recipientInstructionNamesTheRecordsAsTheRecipientFindsThemAndCitesArticles19And28(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.RECIPIENT_INSTRUCTION, language,
                NoticeSamples.recipientInstruction(language));

        List<String> items = new ArrayList<>();
        items.add(inEither(language, "Nach Art. 19 DSGVO teilen wir Ihnen das mit", "Under Art. 19 GDPR we inform you"));
        items.add(inEither(language, "Vertrags zur Auftragsverarbeitung (Art. 28 Abs. 3 lit. g DSGVO)",
                "data processing agreement (Art. 28(3)(g) GDPR)"));
        // a voicemail by the call's date, time and caller as sipgate's records show them, never by our mailbox reference
        items.add(inEither(language, "Sprachnachricht zum Anruf vom 5. Februar 2026, 14:32 Uhr von der Rufnummer"
                        + " +49 211 5550202: löschen",
                "Voicemail message of the call on 5 February 2026, 14:32 (German time) from the number"
                        + " +49 211 5550202: erase"));
        items.add(inEither(language, "(unsere Referenz: account_move/42): einschränken – nur noch speichern und nur zur"
                        + " Erfüllung unserer gesetzlichen Aufbewahrungspflicht verwenden, bis 31. Dezember 2027",
                "(our reference: account_move/42): restrict – only store it and use it only to meet our statutory"
                        + " retention duty, until 31 December 2027"));
        items.add(inEither(language, "auf unserem Anschluss 02102 - 307 62 01 die Aufzeichnungen dieses Anrufs sowie die"
                        + " zugehörigen Verbindungsdaten (Rufnummer des Anrufers, Zeitpunkt, Dauer) zu löschen",
                "erase the recordings of the call on our line 02102 - 307 62 01 and its call data (caller's number,"
                        + " time, duration)"));
        items.add(inEither(language, "Weitere personenbezogene Daten der Person nennen wir Ihnen nicht",
                "We give you no further personal data of the person"));
        items.add(inEither(language, "Bitte bestätigen Sie uns die Ausführung unter Angabe unseres Vorgangs DSR-1234ABCD",
                "Please confirm that you have carried this out, quoting our case DSR-1234ABCD"));
        items.addAll(controllerIdentity());

        assertNamesAll(notice, items);
        assertThat(notice.text()).doesNotContain("imap://");
        assertThat(notice.subject()).contains("Art. 19").contains("DSR-1234ABCD");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void consentWithdrawalConfirmationNamesWhatStoppedAndWhatContinuesOnWhichBasis(NoticeLanguage language) {
        RenderedNotice notice = confirmation(NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION,
                NotifierTestKit.recordsErased(CASE_ID, RequestType.CONSENT_WITHDRAWAL, "de", "erika@example.org"),
                language);

        List<String> items = new ArrayList<>(erasureOutcome(language));
        items.add(inEither(language, "Verarbeitung auf Grundlage Ihrer Einwilligung haben wir beendet",
                "The processing based on your consent has stopped"));
        items.add(inEither(language, "Art. 7 Abs. 3 DSGVO", "Art. 7(3) GDPR"));
        items.add(inEither(language, "Art. 17 Abs. 1 lit. b DSGVO", "Art. 17(1)(b) GDPR"));
        items.add(inEither(language, "Rechtmäßigkeit der Verarbeitung bis zu Ihrem Widerruf bleibt davon unberührt",
                "Processing before your withdrawal remains lawful"));
        items.add(inEither(language, "Abrechnung und Buchführung (Rechnungen und andere Buchungsbelege) – Rechtsgrundlage:"
                        + " Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung) in Verbindung mit § 147 Abs. 1 Nr. 4",
                "Invoicing and bookkeeping (invoices and other accounting vouchers) – legal basis: Art. 6(1)(c) GDPR"
                        + " (legal obligation) in conjunction with Section 147(1) No. 4"));
        items.add(inEither(language, "Abwicklung Ihrer Aufträge (Geschäftsbriefe und E-Mails zu einem Auftrag) –"
                        + " Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO (Vertrag oder vorvertragliche Maßnahmen)",
                "Handling your orders (business letters and emails about an order) – legal basis: Art. 6(1)(b) GDPR"
                        + " (contract or pre-contractual steps)"));
        items.add(inEither(language, "Weiter aufbewahrt:", "Kept:"));
        items.add(inEither(language, "Grund: Wir verarbeiten diese Daten nicht aufgrund Ihrer Einwilligung",
                "reason: we do not process this data on the basis of your consent"));
        items.addAll(complaintToLdiNrw(language));
        items.addAll(controllerIdentity());

        assertNamesAll(notice, items);
    }

    /**
     * Issue 19's review: a withdrawal keeps nothing without a reason and, where one exists, the day it is erased. A
     * record on another basis whose storage period had ended was erased, and the notice says why (Art. 17(1)(a),
     * 5(1)(e)); one whose period runs names basis, purpose and "ab dem … gelöscht"; the customer relationship names
     * its purpose; a 2018 voucher mail lost its body (its letter hold ended) and keeps its invoice until 2027.
     */
    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void consentWithdrawalConfirmationSaysWhyEachRecordIsErasedOrKeptAndUntilWhen(NoticeLanguage language) {
        Instant erasedAt = Instant.parse("2026-03-20T09:00:00Z");
        List<ErasureEvents.ErasedRecord> erased = List.of(
                new ErasureEvents.ErasedRecord("conference", "recordings/rec-9", "conference-recording", erasedAt,
                        LocalDate.parse("2026-03-03")),
                new ErasureEvents.ErasedRecord("crm", "mail_message/2", "general-correspondence", erasedAt,
                        LocalDate.parse("2015-02-18"), true),
                new ErasureEvents.ErasedRecord("mail", "imap://info/INBOX;UIDVALIDITY=17/;UID=300", "commercial-letter",
                        erasedAt, LocalDate.parse("2016-09-01"), true));
        List<ErasureEvents.PlanItem> kept = List.of(
                new ErasureEvents.PlanItem("crm", "account_move/21", "accounting-voucher", ErasureEvents.PlannedAction.KEEP,
                        LocalDate.parse("2028-12-31"), "Art. 6(1)(b) GDPR (contract)", "not processed on consent",
                        false, LocalDate.parse("2020-03-01"), ErasureEvents.ReasonCode.NOT_PROCESSED_ON_CONSENT,
                        List.of(ErasureEvents.ProcessingBasis.CONTRACT)),
                new ErasureEvents.PlanItem("crm", "res_partner/7", "customer-master-data", ErasureEvents.PlannedAction.KEEP,
                        null, "Art. 6(1)(b) GDPR (contract)", "not processed on consent", false,
                        LocalDate.parse("2018-01-01"), ErasureEvents.ReasonCode.NOT_PROCESSED_ON_CONSENT,
                        List.of(ErasureEvents.ProcessingBasis.CONTRACT)));
        // the body went when the plan ran, the invoice attached stays restricted until its own hold ends
        ErasureEvents.RestrictedRecord sample = NoticeSamples.voucherMail("commercial-letter");
        ErasureEvents.RestrictedRecord strippedVoucherMail = new ErasureEvents.RestrictedRecord(sample.store(),
                sample.reference(), sample.retentionCategory(), sample.legalBasis(), sample.holdUntil(),
                sample.erasableFrom(), sample.retentionStart(), sample.reasonCode(), List.of(
                        new ErasureEvents.RestrictedPart(Finding.PartKind.BODY, "commercial-letter",
                                LocalDate.parse("2026-03-20"), erasedAt),
                        sample.parts().get(1)));
        RenderedNotice notice = confirmation(NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION,
                new ErasureEvents.RecordsErased(CASE_ID, RequestType.CONSENT_WITHDRAWAL, language.code(), erased,
                        List.of(strippedVoucherMail), kept, List.of(
                                new ErasureEvents.ContinuingProcessing("vouchers", "Art. 6(1)(b) GDPR",
                                        "accounting-voucher", List.of(ErasureEvents.ProcessingBasis.CONTRACT))),
                        List.of(), new Person("erika@example.org", "Erika Mustermann")),
                language);

        String ended = inEither(language, " – Speicherfrist abgelaufen, für keinen Zweck mehr erforderlich"
                        + " (Art. 17 Abs. 1 lit. a, Art. 5 Abs. 1 lit. e DSGVO)",
                " – its storage period had ended, it was no longer needed for any purpose (Art. 17(1)(a),"
                        + " Art. 5(1)(e) GDPR)");
        // general correspondence never had a period: no law required us to keep it (lawyer's review, minor point)
        String noDuty = inEither(language, " – keine gesetzliche Aufbewahrungspflicht, für keinen Zweck mehr"
                        + " erforderlich (Art. 17 Abs. 1 lit. a, Art. 5 Abs. 1 lit. e DSGVO)",
                " – there was no statutory retention obligation, it was no longer needed for any purpose"
                        + " (Art. 17(1)(a), Art. 5(1)(e) GDPR)");
        assertNamesAll(notice, List.of(
                inEither(language, "Daten, die wir nur aufgrund Ihrer Einwilligung verarbeitet haben, haben wir"
                                + " gelöscht (Art. 17 Abs. 1 lit. b DSGVO)",
                        "Data we processed only on the basis of your consent has been erased (Art. 17(1)(b) GDPR)"),
                inEither(language, "Gelöscht haben wir auch Daten, die wir auf einer anderen Rechtsgrundlage"
                                + " verarbeitet haben, die wir aber nicht mehr aufbewahren mussten, weil ihre"
                                + " Speicherfrist abgelaufen war oder für sie keine gesetzliche Aufbewahrungspflicht"
                                + " bestand: Für sie gab es keinen Zweck mehr (Art. 17 Abs. 1 lit. a, Art. 5 Abs. 1"
                                + " lit. e DSGVO)",
                        "We have also erased data we processed on another legal basis that we no longer had to"
                                + " keep, as its storage period had ended or no law required us to keep it: no purpose"
                                + " was left for it (Art. 17(1)(a), Art. 5(1)(e) GDPR)"),
                inEither(language, "Februar 2015", "February 2015"),
                inEither(language, "September 2016", "September 2016"),
                ended,
                noDuty,
                // running period: basis, purpose and the day it is erased
                inEither(language, "Zweck: Abrechnung und Buchführung (Rechnungen und andere Buchungsbelege);"
                                + " Aufbewahrung bis 31. Dezember 2028, wird ab dem 1. Januar 2029 gelöscht",
                        "purpose: Invoicing and bookkeeping (invoices and other accounting vouchers); kept until"
                                + " 31 December 2028, erased from 1 January 2029"),
                // the relationship: its purpose, erased when it ends, but not before the last hold of her
                // invoices ends (the voucher kept until 31 December 2028; the voucher mail's ends earlier)
                inEither(language, "Zweck: Kundenverwaltung (Ihre Stammdaten: Name, Anschrift, Telefonnummern,"
                                + " E-Mail-Adressen); wird gelöscht, sobald dieser Zweck entfällt, frühestens aber ab dem"
                                + " 1. Januar 2029: Bis zum 31. Dezember 2028 müssen wir Unterlagen zu Ihnen",
                        "erased as soon as this purpose ends, but not before 1 January 2029: until 31 December 2028"),
                inEither(language, "Auch sie dauert nur so lange, wie ihr Zweck es erfordert",
                        "It, too, lasts only as long as its purpose requires"),
                // the voucher mail: body gone, invoice kept under its hold until its end
                inEither(language, "Eingeschränkt statt gelöscht", "Restricted instead of erased"),
                inEither(language, "Angehängte Dateien – Buchungsbeleg (z. B. Rechnung): wird ab dem 1. Januar 2027"
                        + " gelöscht", "Attached files – accounting voucher (e.g. invoice): erased from 1 January 2027"),
                inEither(language, "Text der E-Mail – Geschäftsbrief: gelöscht am 20. März 2026",
                        "Text of the email – business letter: erased on 20 March 2026")));
        String text = notice.text();
        String erasedSection = text.substring(text.indexOf(inEither(language, "Gelöscht:", "Erased:")),
                text.indexOf(inEither(language, "Eingeschränkt statt gelöscht", "Restricted instead of erased")));
        // the recording went because of the withdrawal, not because a period ended; the 2016 letter's hold ended,
        // the 2015 general correspondence never had one
        assertThat(erasedSection.lines().filter(line -> line.contains(ended)))
                .singleElement().asString().contains("2016");
        assertThat(erasedSection.lines().filter(line -> line.contains(noDuty)))
                .singleElement().asString().contains("2015");
        String keptSection = text.substring(text.indexOf(inEither(language, "Weiter aufbewahrt:", "Kept:")),
                text.indexOf(inEither(language, "Empfänger Ihrer Daten", "Recipients of your data")));
        assertThat(keptSection.lines().filter(line -> line.startsWith("- ")).toList()).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains(inEither(language, "Grund: ", "reason: "))
                        .contains(inEither(language, "Zweck: ", "purpose: "))
                        .containsAnyOf(inEither(language, "wird ab dem ", "erased from "),
                                inEither(language, "sobald dieser Zweck entfällt", "as soon as this purpose ends")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void consentWithdrawalConfirmationWithNothingRestrictedOmitsTheRestrictionParagraph(NoticeLanguage language) {
        ErasureEvents.RecordsErased sample = NotifierTestKit.recordsErased(CASE_ID, RequestType.CONSENT_WITHDRAWAL,
                language.code(), "erika@example.org");
        RenderedNotice notice = confirmation(NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION,
                nothingKept(sample, List.of(), language), language);

        assertThat(notice.text() + notice.html()).doesNotContain(
                inEither(language, "Eingeschränkt statt gelöscht", "Restricted instead of erased"),
                inEither(language, "gesetzlichen Aufbewahrungspflicht aufbewahren", "statutory retention duty"));
        assertNamesAll(notice, List.of(inEither(language, "Gelöscht:", "Erased:"),
                inEither(language, "Empfänger Ihrer Daten (Art. 19 DSGVO)", "Recipients of your data (Art. 19 GDPR)")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void consentWithdrawalConfirmationNamesEachContinuingPurposeOnceAndAnsweringMailsNotAsALegalObligation(
            NoticeLanguage language) {
        ErasureEvents.RecordsErased sample = NotifierTestKit.recordsErased(CASE_ID, RequestType.CONSENT_WITHDRAWAL,
                language.code(), "erika@example.org");
        List<ErasureEvents.ContinuingProcessing> continuing = List.of(
                new ErasureEvents.ContinuingProcessing("general correspondence", "Art. 6(1)(b) GDPR",
                        "general-correspondence", List.of(ErasureEvents.ProcessingBasis.CONTRACT)),
                new ErasureEvents.ContinuingProcessing("general correspondence", "Art. 6(1)(c) GDPR (§147 AO)",
                        "general-correspondence", List.of(ErasureEvents.ProcessingBasis.LEGAL_OBLIGATION)),
                new ErasureEvents.ContinuingProcessing("voicemail", "Art. 6(1)(f) GDPR (answering the sender)",
                        "voicemail", List.of(ErasureEvents.ProcessingBasis.LEGITIMATE_INTERESTS)));
        RenderedNotice notice = confirmation(NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION,
                new ErasureEvents.RecordsErased(sample.caseId(), sample.requestType(), language.code(),
                        sample.records(), sample.restricted(), List.of(), continuing, List.of(), sample.personal()),
                language);

        String purpose = inEither(language, "Beantwortung Ihrer E-Mails und Anrufe", "Answering your emails and calls");
        String line = inEither(language,
                purpose + " – Rechtsgrundlage: Art. 6 Abs. 1 lit. b DSGVO (Vertrag oder vorvertragliche Maßnahmen);"
                        + " Art. 6 Abs. 1 lit. f DSGVO (berechtigte Interessen:",
                purpose + " – legal basis: Art. 6(1)(b) GDPR (contract or pre-contractual steps); Art. 6(1)(f) GDPR"
                        + " (legitimate interests:");
        assertNamesAll(notice, List.of(line));
        assertThat(notice.text().split(purpose, -1)).as("the purpose once").hasSize(2);
        String text = notice.text().substring(notice.text().indexOf(purpose));
        assertThat(text.substring(0, text.indexOf('\n'))).doesNotContain("lit. c", "6(1)(c)");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void portabilityAnswerNamesTheExportWhatItHoldsThatNoDirectTransmissionIsOfferedAndTheRemedies(
            NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.PORTABILITY_ANSWER, language, PortabilityAnswers.answer(
                portabilityExport(language, List.of(), Map.of("mail", 2, "crm", 1, "conference", 0)), language));

        List<String> items = new ArrayList<>();
        items.add(inEither(language, "Datenübertragbarkeit (Art. 20 DSGVO)", "data portability (Art. 20 GDPR)"));
        items.add(inEither(language, "strukturierten, gängigen und maschinenlesbaren Format",
                "structured, commonly used and machine-readable format"));
        items.add("JSON");
        items.add("CSV");
        items.add("https://thwien.de/p/token-port");
        items.add(inEither(language, "1. April 2026, 12:00 Uhr", "1 April 2026, 12:00"));
        items.add(inEither(language, "E-Mail-Postfach: 2 Datensätze", "mailbox: 2 records"));
        items.add(inEither(language, "Kunden- und Rechnungsverwaltung: 1 Datensatz", "customer and invoice records: 1 record"));
        items.add(inEither(language, "Web-Konferenz-Server: keine Daten", "web conference server: no data"));
        items.add(inEither(language, "Daten, die Sie uns bereitgestellt haben und die wir aufgrund Ihrer Einwilligung oder"
                        + " eines Vertrags mit Ihnen verarbeiten (Art. 20 Abs. 1 DSGVO)",
                "data you provided to us and that we process on your consent or on a contract with you"
                        + " (Art. 20(1) GDPR)"));
        items.add(inEither(language, "Rechnungen, die wir aufgrund einer gesetzlichen Pflicht aufbewahren",
                "invoices that we keep because the law requires it"));
        items.add(inEither(language, "Auskunft (Art. 15 DSGVO)", "access (Art. 15 GDPR)"));
        items.add(inEither(language, "direkt an einen anderen Verantwortlichen (Art. 20 Abs. 2 DSGVO) bieten wir nicht an",
                "we do not offer to transmit your data directly to another controller (Art. 20(2) GDPR)"));
        items.add(inEither(language, "Sie können die Datei aber selbst an jeden Anbieter Ihrer Wahl weitergeben",
                "You can, however, pass the file on yourself to any provider you choose"));
        items.add(inEither(language, "Art. 20 Abs. 3, Art. 17 DSGVO", "Art. 20(3), Art. 17 GDPR"));
        items.addAll(remediesAgainstARefusal(language));
        items.add("DSR-1234ABCD");
        items.addAll(controllerIdentity());

        assertNamesAll(notice, items);
        assertThat(notice.subject()).contains(inEither(language, "Art. 20 DSGVO", "Art. 20 GDPR"), "DSR-1234ABCD");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void portabilityAnswerWithAStoreDownNamesItAndPromisesTheCompleteFile(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.PORTABILITY_ANSWER, language, PortabilityAnswers.answer(
                portabilityExport(language, List.of("conference"), Map.of("mail", 2, "crm", 1)), language));

        assertNamesAll(notice, List.of(
                inEither(language, "Nicht durchsuchen konnten wir: Web-Konferenz-Server",
                        "We could not search: web conference server"),
                inEither(language, "und schicken Ihnen eine vollständige Datei", "and send you a complete file")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void portabilityAnswerWithNothingPortableSaysSoWithoutALinkAndStillNamesTheRemedies(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.PORTABILITY_ANSWER, language, PortabilityAnswers.answer(
                portabilityExport(language, List.of(), Map.of("mail", 0, "crm", 0, "conference", 0)), language));

        List<String> items = new ArrayList<>(remediesAgainstARefusal(language));
        items.add(inEither(language, "keine Daten gefunden, die unter dieses Recht fallen; eine Datei gibt es daher nicht",
                "no data that this right covers, so there is no file"));
        assertNamesAll(notice, items);
        assertThat(notice.text()).doesNotContain("https://thwien.de/p/token-port");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void refusalNamesReasonsComplaintToLdiNrwAndJudicialRemedy(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.REFUSAL, language, new RefusalNotice(
                "DSR-1234ABCD", "Erika Mustermann", language.rejectionReason(RejectionReason.EXCESSIVE),
                "Vierte gleichlautende Anfrage in diesem Monat.", language.yourRequest(RequestType.ERASURE),
                language.requestSubject(RequestType.ERASURE), language.date(LocalDate.parse("2026-03-05"))));

        List<String> items = new ArrayList<>(remediesAgainstARefusal(language));
        // which request is refused: its type and the day it was received
        items.add(inEither(language, "wir werden auf Ihren Antrag auf Löschung (Art. 17 DSGVO), eingegangen am"
                        + " 5. März 2026, hin nicht tätig (Art. 12 Abs. 4 DSGVO).",
                "we will not take action on your request for erasure (Art. 17 GDPR), received on 5 March 2026"
                        + " (Art. 12(4) GDPR)."));
        items.add(inEither(language, "Der Antrag ist exzessiv", "The request is excessive"));
        items.add("Vierte gleichlautende Anfrage in diesem Monat.");
        items.addAll(controllerIdentity());

        assertNamesAll(notice, items);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void identityNotConfirmedNoticeSaysWhyHowToConfirmAndTheRemedies(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.IDENTITY_NOT_CONFIRMED, language,
                new IdentityNotConfirmedNotice("DSR-1234ABCD", null, language.yourRequest(RequestType.ERASURE),
                        language.requestSubject(RequestType.ERASURE), language.date(LocalDate.parse("2026-04-20"))));

        List<String> items = new ArrayList<>();
        items.add(inEither(language, "Löschung (Art. 17 DSGVO)", "erasure (Art. 17 GDPR)"));
        items.add(inEither(language, "20. April 2026", "20 April 2026"));
        items.add(inEither(language, "nicht bearbeiten, weil wir nicht bestätigen konnten, dass es von Ihnen",
                "cannot carry out your request because we could not confirm that it comes from you"));
        items.add(inEither(language, "Art. 12 Abs. 2 Satz 2 und Abs. 6 DSGVO", "Art. 12(2) sentence 2 and (6) GDPR"));
        items.add(inEither(language, "Antworten Sie auf diese E-Mail", "Reply to this email"));
        items.add(inEither(language, "neuen Bestätigungslink", "new confirmation link"));
        items.addAll(remediesAgainstARefusal(language));
        items.add("DSR-1234ABCD");
        items.addAll(controllerIdentity());

        assertNamesAll(notice, items);
        // the subject names the request's type, not a vague "Schreiben"
        assertThat(notice.subject()).isEqualTo(inEither(language,
                "Ihr Löschantrag: Identität nicht bestätigt (Vorgang DSR-1234ABCD)",
                "Identity not confirmed for your erasure request (case DSR-1234ABCD)"));
        assertThat(notice.text()).startsWith(inEither(language, "Guten Tag,", "Hello,"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void extensionNoticeNamesReasonsAndTheNewDueDate(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.EXTENSION, language, new ExtensionNotice(
                "DSR-1234ABCD", "Erika Mustermann", language.date(LocalDate.parse("2026-04-07")),
                language.date(LocalDate.parse("2026-06-05")), "Daten in drei Systemen, zwei davon archiviert."));

        List<String> items = new ArrayList<>();
        items.add(inEither(language, "Art. 12 Abs. 3", "Art. 12(3)"));
        items.add("Daten in drei Systemen, zwei davon archiviert.");
        items.add(inEither(language, "spätestens bis zum 5. Juni 2026", "by 5 June 2026 at the latest"));
        items.add(inEither(language, "nicht bis zum 7. April 2026", "by 7 April 2026"));
        items.addAll(controllerIdentity());

        assertNamesAll(notice, items);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void verificationLinkAndReminderCarryTheLinkAndItsExpiry(NoticeLanguage language) {
        VerificationNotice data = new VerificationNotice("DSR-1234ABCD", "Erika Mustermann",
                language.yourRequest(RequestType.ACCESS), language.requestSubjectAccusative(RequestType.ACCESS),
                "https://thwien.de/verify/secret-token", language.dateTime(Instant.parse("2026-03-12T13:30:00Z")));

        for (NoticeKind kind : List.of(NoticeKind.VERIFICATION_LINK, NoticeKind.VERIFICATION_REMINDER)) {
            RenderedNotice notice = renderer.render(kind, language, data);
            List<String> items = new ArrayList<>();
            items.add("https://thwien.de/verify/secret-token");
            items.add(inEither(language, "12. März 2026, 14:30 Uhr", "12 March 2026, 14:30"));
            items.add(inEither(language, "Art. 12 Abs. 6 DSGVO", "Art. 12(6) GDPR"));
            items.add("DSR-1234ABCD");
            items.addAll(controllerIdentity());
            assertNamesAll(notice, items);
            // the subject names the request's type, not a vague "Schreiben"
            assertThat(notice.subject()).containsIgnoringCase(inEither(language,
                    "Bitte bestätigen Sie Ihren Auskunftsantrag", "please confirm your access request"))
                    .doesNotContain("Schreiben");
        }
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void acknowledgementNamesDueDateStatusLinkAndController(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACKNOWLEDGEMENT, language, new AcknowledgementNotice(
                "DSR-1234ABCD", "Erika Mustermann", language.yourRequest(RequestType.ACCESS),
                language.yourRequestPronoun(RequestType.ACCESS), language.date(LocalDate.parse("2026-03-05")), language.date(LocalDate.parse("2026-04-07")),
                "https://thwien.de/status/token"));

        List<String> items = new ArrayList<>(controllerIdentity());
        items.add(inEither(language, "7. April 2026", "7 April 2026"));
        items.add(inEither(language, "Art. 12 Abs. 3 DSGVO", "Art. 12(3) GDPR"));
        items.add("https://thwien.de/status/token");

        assertNamesAll(notice, items);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void assistantDigestListsOverdueAndDueSoonCasesWithoutPersonalData(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ASSISTANT_DIGEST, language,
                new DigestNotice(
                        language.date(LocalDate.parse("2026-04-01")),
                        List.of(new DigestLine("DSR-AAAA1111",
                                "a", language.requestType(RequestType.ACCESS), "VERIFIED",
                                language.date(LocalDate.parse("2026-04-07")), 6)),
                        List.of(new DigestLine("DSR-BBBB2222",
                                "b", language.requestType(RequestType.ERASURE), "RECEIVED",
                                language.date(LocalDate.parse("2026-03-30")), 2))));

        assertNamesAll(notice, List.of("DSR-AAAA1111", "DSR-BBBB2222",
                inEither(language, "7. April 2026", "7 April 2026"), inEither(language, "30. März 2026", "30 March 2026"),
                inEither(language, "Überfällig", "Overdue")));
        assertThat(notice.subject()).contains(inEither(language, "1 überfällig, 1 in den nächsten 7 Tagen",
                "1 overdue, 1 due within 7 days"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void assistantDigestCountsTheOpenDeadLettersPerTopic(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ASSISTANT_DIGEST, language,
                new DigestNotice(language.date(LocalDate.parse("2026-04-01")), List.of(), List.of(),
                        List.of(new DeadLetterLine("dsr.cases.dlq", 2), new DeadLetterLine("dsr.notices.dlq", 1))));

        assertNamesAll(notice, List.of(inEither(language, "Nicht zugestellte Ereignisse (Dead Letters), offen: 3",
                "Undelivered events (dead letters), open: 3"), "dsr.cases.dlq: 2", "dsr.notices.dlq: 1"));
        assertThat(notice.subject()).endsWith(inEither(language, ", 3 nicht zugestellte Ereignisse",
                ", 3 undelivered events"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void assistantAlertNamesTheCaseTheKindAndTheAttempts(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ASSISTANT_ALERT, language,
                new AlertNotice("DSR-1234ABCD", CASE_ID,
                        "ACCESS_ANSWER", 5, "io.vertx.core.VertxException", "1. April 2026, 12:00 Uhr"));

        assertNamesAll(notice, List.of("DSR-1234ABCD", CASE_ID, "ACCESS_ANSWER", "5", "io.vertx.core.VertxException"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void assistantAlertAboutStoresNotSearchedNamesTheCaseTheStoresAndAsksForASearchByHand(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ASSISTANT_ALERT, language,
                AlertNotice.storesNotSearched("DSR-1234ABCD", CASE_ID, language.requestType(RequestType.ACCESS), 10,
                        List.of(language.store("conference")), true, "1. April 2026, 12:00 Uhr"));

        assertNamesAll(notice, List.of("DSR-1234ABCD", CASE_ID, "10",
                inEither(language, "Web-Konferenz-Server", "web conference server"),
                inEither(language, "von Hand", "by hand"),
                inEither(language, "Der Antragsteller hat die Mitteilung erhalten", "The requester has been told")));
        assertThat(notice.subject()).contains(inEither(language, "Von Hand durchsuchen", "Search by hand"));
        assertThat(notice.text()).doesNotContain("erika").doesNotContain("Mustermann");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void recordKeptUnderAHoldIsExplainedWithArticle17And6TheLawTheEndDateAndItsOnlyUse(NoticeLanguage language) {
        RenderedNotice notice = confirmation(NoticeKind.ERASURE_CONFIRMATION,
                NotifierTestKit.recordsErased(CASE_ID, RequestType.ERASURE, "de", "erika@example.org"), language);

        assertNamesAll(notice, List.of(
                inEither(language, "Art. 17 Abs. 3 lit. b DSGVO in Verbindung mit Art. 6 Abs. 1 lit. c DSGVO",
                        "Art. 17(3)(b) GDPR in conjunction with Art. 6(1)(c) GDPR"),
                inEither(language, "Wir verwenden sie nur, um diese Pflicht zu erfüllen (zum Beispiel bei einer"
                        + " Steuerprüfung)", "We use it only to meet this duty (for example in a tax audit)"),
                inEither(language, "§ 147 Abs. 1 Nr. 4, Abs. 3 AO", "Section 147(1) No. 4 and (3)"),
                inEither(language, "Aufbewahrung bis 31. Dezember 2027; wird ab dem 1. Januar 2028 gelöscht",
                        "kept until 31 December 2027; erased from 1 January 2028")));
    }

    @ParameterizedTest
    @MethodSource("de.thwien.dsr.notifier.notices.NoticeSamples#everyKindInEveryLanguage")
    void noNoticeSaysRestrictedDataIsUsedForNothingElse(NoticeKind kind, NoticeLanguage language) {
        RenderedNotice notice = renderer.render(kind, language, NoticeSamples.of(kind, language));

        assertThat(notice.text() + notice.html()).doesNotContain("nichts anderes", "nicht anderweitig",
                "nothing else", "anything else");
    }

    @ParameterizedTest
    @MethodSource("confirmationsWithRecordsRestrictedInsteadOfErased")
    void recordsRestrictedInsteadOfErasedBringTheComplaintAndTheJudicialRemedy(NoticeKind kind,
            RequestType type, NoticeLanguage language) {
        ErasureEvents.RecordsErased sample = NotifierTestKit.recordsErased(CASE_ID, type, "de", "erika@example.org");
        RenderedNotice notice = confirmation(kind, nothingKept(sample, sample.restricted(), language), language);

        assertNamesAll(notice, remediesAgainstARefusal(language));
    }

    static Stream<Arguments> confirmationsWithRecordsRestrictedInsteadOfErased() {
        return Stream.of(NoticeLanguage.values()).flatMap(language -> Stream.of(
                Arguments.of(NoticeKind.ERASURE_CONFIRMATION, RequestType.ERASURE, language),
                Arguments.of(NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION, RequestType.CONSENT_WITHDRAWAL, language)));
    }

    @ParameterizedTest
    @MethodSource("confirmationsWithRecordsRestrictedInsteadOfErased")
    void confirmationWithAnItemTheAssistantDeclinedGivesHerReasonsTheComplaintAndTheJudicialRemedy(NoticeKind kind,
            RequestType type, NoticeLanguage language) {
        RenderedNotice notice = renderer.render(kind, language, NoticeSamples.of(kind, language));

        List<String> items = new ArrayList<>(remediesAgainstARefusal(language));
        items.add(inEither(language, "Verteidigung von Rechtsansprüchen (Art. 17 Abs. 3 lit. e DSGVO): Lieferung 4711 ist"
                        + " Gegenstand einer Klage",
                "defend legal claims (Art. 17(3)(e) GDPR): Lieferung 4711 ist Gegenstand einer Klage"));
        items.add(type == RequestType.ERASURE
                ? inEither(language, "Soweit wir Ihrem Antrag nicht wie beantragt nachgekommen sind",
                        "Where we have not carried out your request as you asked")
                : inEither(language, "Nicht wie erklärt umgesetzt haben wir Ihren Widerruf bei diesen Daten",
                        "We have not carried out your withdrawal as you declared it for this data"));
        if (type == RequestType.CONSENT_WITHDRAWAL) {
            items.add(inEither(language, ": nicht gelöscht, Grund: Wir benötigen diese Daten zur Geltendmachung,"
                    + " Ausübung oder Verteidigung von Rechtsansprüchen", ": not erased, reason: "));
        }
        items.addAll(controllerIdentity());
        assertNamesAll(notice, items);
    }

    @ParameterizedTest
    @MethodSource("confirmationsWithRecordsRestrictedInsteadOfErased")
    void confirmationWhenNothingWasFoundSaysNothingWasErasedOrRestrictedAndStillNamesTheComplaint(NoticeKind kind,
            RequestType type, NoticeLanguage language) {
        RenderedNotice notice = renderer.render(kind, language, ErasureConfirmations.of(nothingFound(type, language),
                RecipientsTold.none(), ControllerStatus.MERCHANT, language));

        List<String> items = new ArrayList<>(complaintToLdiNrw(language));
        items.add(inEither(language, "Da wir keine Daten gelöscht oder eingeschränkt haben, war kein Empfänger zu"
                + " benachrichtigen.", "As we erased or restricted no data, there was no recipient to inform."));
        items.add(inEither(language, "Ihre Vorgangsnummer: DSR-1234ABCD", "Your case reference: DSR-1234ABCD"));
        items.addAll(controllerIdentity());
        if (type == RequestType.CONSENT_WITHDRAWAL) {
            items.add(inEither(language, "Verarbeitung auf Grundlage Ihrer Einwilligung haben wir beendet",
                    "The processing based on your consent has stopped"));
            items.add(inEither(language, "Art. 7 Abs. 3 DSGVO", "Art. 7(3) GDPR"));
        }
        assertNamesAll(notice, items);
        if (type == RequestType.ERASURE) {
            assertThat(notice.text()).containsSubsequence(
                    inEither(language, "Gelöscht:\n- keine Daten", "Erased:\n- no data"),
                    inEither(language, "Eingeschränkt statt gelöscht", "Restricted instead of erased"),
                    inEither(language, "- keine Daten", "- no data"));
        } else {
            assertThat(notice.text()).contains(inEither(language, "Gelöscht:\n- keine Daten", "Erased:\n- no data"));
        }
        assertThat(notice.text() + notice.html()).as("nothing refused, so no judicial remedy")
                .doesNotContain("Art. 79", "Art. 12 Abs. 4", "Art. 12(4)");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void confirmationOfAnErasureCarriedOutAsAskedGivesNoJudicialRemedy(NoticeLanguage language) {
        ErasureEvents.RecordsErased sample = NotifierTestKit.recordsErased(CASE_ID, RequestType.ERASURE, "de",
                "erika@example.org");
        RenderedNotice notice = confirmation(NoticeKind.ERASURE_CONFIRMATION, nothingKept(sample, List.of(), language),
                language);

        assertNamesAll(notice, complaintToLdiNrw(language));
        assertThat(notice.text() + notice.html()).doesNotContain("Art. 79", "Art. 12 Abs. 4", "Art. 12(4)");
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void erasureConfirmationNamesEachConferenceRecordByWhatItIsWithTheTimeItWasErased(NoticeLanguage language) {
        Instant accountErased = Instant.parse("2026-03-20T09:00:00Z");
        Instant roomErased = Instant.parse("2026-03-20T09:01:00Z");
        ErasureEvents.RecordsErased erased = new ErasureEvents.RecordsErased(CASE_ID, RequestType.ERASURE,
                language.code(), List.of(
                        new ErasureEvents.ErasedRecord("conference", "users/5f0c", "conference-account",
                                accountErased, LocalDate.parse("2024-01-01")),
                        new ErasureEvents.ErasedRecord("conference", "rooms/7c1e", "conference-account", roomErased,
                                LocalDate.parse("2024-01-02")),
                        new ErasureEvents.ErasedRecord("conference", "shared_accesses/3", "conference-account",
                                roomErased, LocalDate.parse("2024-02-01"))),
                List.of(), List.of(), List.of(), List.of(), new Person("katrin@example.org", "Katrin Beispiel"));

        RenderedNotice notice = confirmation(NoticeKind.ERASURE_CONFIRMATION, erased, language);

        assertNamesAll(notice, List.of(
                inEither(language, "Konto auf dem Konferenzserver, gelöscht am 20. März 2026, 10:00 Uhr",
                        "Conference server account, erased on 20 March 2026, 10:00"),
                inEither(language, "Konferenzraum auf unserem Web-Konferenz-Server, gelöscht am 20. März 2026, 10:01 Uhr",
                        "Conference room on our web conference server, erased on 20 March 2026, 10:01"),
                inEither(language, "Zugang zu einem geteilten Konferenzraum auf unserem Web-Konferenz-Server, gelöscht"
                                + " am 20. März 2026, 10:01 Uhr",
                        "Access to a shared conference room on our web conference server, erased on"
                                + " 20 March 2026, 10:01")));
        assertThat(notice.text()).as("the account is named once, the room and the access by what they are")
                .containsOnlyOnce(inEither(language, "Konto auf dem Konferenzserver", "Conference server account"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void erasureConfirmationNamesAnInvoiceDraftNeverIssuedAsSuchNotAsCorrespondence(NoticeLanguage language) {
        Instant erasedAt = Instant.parse("2026-03-20T09:00:00Z");
        ErasureEvents.RecordsErased erased = new ErasureEvents.RecordsErased(CASE_ID, RequestType.ERASURE,
                language.code(), List.of(
                        new ErasureEvents.ErasedRecord("crm", "account_move/3", "invoice-draft", erasedAt,
                                LocalDate.parse("2024-03-01")),
                        new ErasureEvents.ErasedRecord("crm", "account_move_line/3", "invoice-draft", erasedAt,
                                LocalDate.parse("2024-03-01"))),
                List.of(), List.of(), List.of(), List.of(), new Person("jana.becker@example.net", "Jana Becker"));

        RenderedNotice notice = confirmation(NoticeKind.ERASURE_CONFIRMATION, erased, language);

        assertNamesAll(notice, List.of(inEither(language,
                "Rechnungsentwurf (nie ausgestellt) vom 1. März 2024 in unserer Kunden- und Rechnungsverwaltung,"
                        + " gelöscht am 20. März 2026, 10:00 Uhr",
                "Invoice draft (never issued) dated 1 March 2024 in our customer and invoice records, erased on"
                        + " 20 March 2026, 10:00")));
        assertThat(notice.text() + notice.html()).doesNotContainIgnoringCase(
                inEither(language, "allgemeine Korrespondenz", "general correspondence"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void closingOfAConfirmationWithRestrictedButNoKeptRecordsPointsOnlyToTheRestrictedSection(
            NoticeLanguage language) {
        ErasureEvents.RecordsErased sample = NotifierTestKit.recordsErased(CASE_ID, RequestType.ERASURE, "de",
                "erika@example.org");
        RenderedNotice notice = confirmation(NoticeKind.ERASURE_CONFIRMATION,
                nothingKept(sample, sample.restricted(), language), language);

        String closing = inEither(language, "(oben unter „Eingeschränkt statt gelöscht“, mit unseren Gründen;",
                "(above under \"Restricted instead of erased\", with our reasons;");
        assertThat(notice.text()).contains(closing).doesNotContain(inEither(language, "Weiter aufbewahrt", "Kept"));
        assertThat(notice.html().replace("&quot;", "\"")).contains(closing)
                .doesNotContain(inEither(language, "Weiter aufbewahrt", "\"Kept\""));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void closingOfAConfirmationWithKeptButNoRestrictedRecordsPointsOnlyToTheKeptSection(NoticeLanguage language) {
        // a withdrawal names the parts not carried out one by one instead (NoticesSayWhatWasDoneTests)
        for (RequestType type : List.of(RequestType.ERASURE)) {
            ErasureEvents.RecordsErased sample = NotifierTestKit.recordsErased(CASE_ID, type, language.code(),
                    "erika@example.org");
            NoticeKind kind = type == RequestType.ERASURE ? NoticeKind.ERASURE_CONFIRMATION
                    : NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION;
            RenderedNotice notice = confirmation(kind, new ErasureEvents.RecordsErased(CASE_ID, type, language.code(),
                    sample.records(), List.of(), sample.kept(), sample.continuing(), List.of(), sample.personal()),
                    language);

            String closing = inEither(language, "(oben unter „Weiter aufbewahrt“, mit unseren Gründen;",
                    "(above under \"Kept\", with our reasons;");
            assertThat(notice.text()).as(type.name()).contains(closing);
            assertThat(notice.html().replace("&quot;", "\"")).as(type.name()).contains(closing);
        }
    }

    @ParameterizedTest
    @MethodSource("noticesNamingTheRightToObject")
    void rightToObjectStandsInItsOwnParagraphWithItsOwnHeading(NoticeKind kind, NoticeLanguage language) {
        assertRightToObjectStandsApart(renderer.render(kind, language, NoticeSamples.of(kind, language)), language);
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void rightToObjectStandsApartAlsoInAnAccessAnswerThatFoundNothing(NoticeLanguage language) {
        assertRightToObjectStandsApart(renderer.render(NoticeKind.ACCESS_ANSWER, language, AccessAnswers.answer(
                accessPackage(language, "https://thwien.de/p/token-xyz", List.of(),
                        Map.of("mail", 0, "crm", 0, "conference", 0), null), language)), language);
    }

    /** Art. 21(4) GDPR: the right to object under its own heading, apart from the other rights. */
    private static void assertRightToObjectStandsApart(RenderedNotice notice, NoticeLanguage language) {
        String heading = inEither(language, "Ihr Recht auf Widerspruch", "Your right to object");
        String text = notice.text();
        assertThat(text).contains("\n\n" + heading + "\n");
        String otherRights = text.substring(text.indexOf(inEither(language, "Ihre Rechte:", "Your rights:")),
                text.indexOf(heading));
        assertThat(otherRights).doesNotContain("Art. 21");
        assertThat(text.substring(text.indexOf(heading))).contains(inEither(language, 
                "aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit widersprechen",
                "on grounds relating to your particular situation, object at any time"));
        assertThat(notice.html()).contains("<h3>" + heading + "</h3>");
    }

    static Stream<Arguments> noticesNamingTheRightToObject() {
        return Stream.of(NoticeLanguage.values()).flatMap(language -> Stream.of(
                Arguments.of(NoticeKind.FIRST_CONTACT, language), Arguments.of(NoticeKind.ACCESS_ANSWER, language)));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void aRequestRegisteredAfterItsMonthEndedIsNotPromisedThePastDateButToldItEndedWithTheRightToComplain(
            NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACKNOWLEDGEMENT, language, new AcknowledgementNotice(
                "DSR-1234ABCD", null, language.yourRequest(RequestType.ERASURE),
                language.yourRequestPronoun(RequestType.ERASURE), language.date(LocalDate.parse("2026-10-20")),
                language.date(LocalDate.parse("2026-11-20")), "https://thwien.de/status/token", true));

        assertNamesAll(notice, List.of(
                inEither(language, "Die Frist von einem Monat (Art. 12 Abs. 3 DSGVO) endete am 20. November 2026",
                        "The one-month period (Art. 12(3) GDPR) ended on 20 November 2026"),
                inEither(language, "jetzt unverzüglich", "without further delay"),
                inEither(language, "Art. 77 DSGVO", "Art. 77 GDPR")));
        assertThat(notice.text()).doesNotContain(inEither(language, "spätestens bis zum", "at the latest"))
                .doesNotContain(inEither(language, "vor diesem Datum", "before that date"));
        assertThat(notice.html()).doesNotContain(inEither(language, "spätestens bis zum", "at the latest"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void acknowledgementSaysHowTheRequestItselfIsProcessedAndHowLongItIsKept(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ACKNOWLEDGEMENT, language,
                NoticeSamples.of(NoticeKind.ACKNOWLEDGEMENT, language));

        assertNamesAll(notice, List.of(
                inEither(language, "Art. 6 Abs. 1 lit. c DSGVO in Verbindung mit Art. 12 DSGVO",
                        "Art. 6(1)(c) GDPR in conjunction with Art. 12 GDPR"),
                inEither(language, "3 Jahre ab dem Ende des Jahres, in dem wir den Vorgang abschließen",
                        "3 years from the end of the year in which we close the case")));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void acknowledgementCallsEachRequestWhatTheGdprCallsIt(NoticeLanguage language) {
        for (RequestType type : RequestType.values()) {
            RenderedNotice notice = renderer.render(NoticeKind.ACKNOWLEDGEMENT, language, new AcknowledgementNotice(
                    "DSR-1234ABCD", "Erika Mustermann", language.yourRequest(type), language.yourRequestPronoun(type),
                    language.date(LocalDate.parse("2026-03-05")), language.date(LocalDate.parse("2026-04-07")),
                    "https://thwien.de/status/token"));

            assertThat(notice.text()).as(type.name()).doesNotContain("Anfrage auf Datenschutzanfrage",
                    "request for data protection request", "Anfrage auf Widerruf", "request for withdrawal");
        }
        assertThat(render(RequestType.ACCESS, language).text()).contains(inEither(language, 
                "wir haben Ihren Antrag auf Auskunft (Art. 15 DSGVO) am 5. März 2026 erhalten",
                "we received your request for access (Art. 15 GDPR) on 5 March 2026"));
        assertThat(render(RequestType.CONSENT_WITHDRAWAL, language).text()).contains(inEither(language, 
                "wir haben Ihren Widerruf Ihrer Einwilligung (Art. 7 Abs. 3 DSGVO) am 5. März 2026 erhalten",
                "we received your withdrawal of consent (Art. 7(3) GDPR) on 5 March 2026"));
        assertThat(render(RequestType.UNCLASSIFIED, language).text()).contains(inEither(language, 
                "wir haben Ihr Schreiben zum Datenschutz am 5. März 2026 erhalten",
                "we received your message about data protection on 5 March 2026"));
    }

    @ParameterizedTest
    @EnumSource(RequestType.class)
    void germanAcknowledgementRefersToTheRequestWithThePronounOfTheNounItIsCalledBy(RequestType type) {
        // Antrag and Widerruf are masculine, Schreiben neuter, Anfrage feminine
        String called = NoticeLanguage.DE.yourRequest(type);
        String pronoun = called.startsWith("Ihren ") ? "ihn" : called.startsWith("Ihr ") ? "es" : "sie";

        assertThat(render(type, NoticeLanguage.DE).text()).as(called)
                .contains("Wir beantworten " + pronoun + " spätestens bis zum 7. April 2026");
        assertThat(render(type, NoticeLanguage.DE).html()).as(called)
                .contains("Wir beantworten " + pronoun + " spätestens bis zum");
    }

    private RenderedNotice render(RequestType type, NoticeLanguage language) {
        return renderer.render(NoticeKind.ACKNOWLEDGEMENT, language, new AcknowledgementNotice("DSR-1234ABCD",
                "Erika Mustermann", language.yourRequest(type), language.yourRequestPronoun(type),
                language.date(LocalDate.parse("2026-03-05")),
                language.date(LocalDate.parse("2026-04-07")), "https://thwien.de/status/token"));
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void assistantDigestNamesEachCaseStatusInTheDigestsLanguage(NoticeLanguage language) {
        RenderedNotice notice = renderer.render(NoticeKind.ASSISTANT_DIGEST, language,
                NoticeSamples.of(NoticeKind.ASSISTANT_DIGEST, language));

        assertNamesAll(notice, List.of(inEither(language, "Status bestätigt", "status verified"),
                inEither(language, "Status eingegangen", "status received")));
        assertThat(notice.text() + notice.html()).doesNotContain("VERIFIED", "RECEIVED");
    }

    /** A confirmation of {@code erased}, with every state of the Art. 19 block, for a merchant. */
    private RenderedNotice confirmation(NoticeKind kind, ErasureEvents.RecordsErased erased, NoticeLanguage language) {
        return renderer.render(kind, language, ErasureConfirmations.of(erased, NoticeSamples.recipientsTold(language),
                ControllerStatus.MERCHANT, language));
    }

    /** The sample's erased records with only these restricted ones and none kept as they are, in this language. */
    private static ErasureEvents.RecordsErased nothingKept(ErasureEvents.RecordsErased sample,
            List<ErasureEvents.RestrictedRecord> restricted, NoticeLanguage language) {
        return new ErasureEvents.RecordsErased(sample.caseId(), sample.requestType(), language.code(),
                sample.records(), restricted, List.of(), sample.continuing(), sample.recipientsInformed(),
                sample.personal());
    }

    /** A request that found no record of the person anywhere. */
    private static ErasureEvents.RecordsErased nothingFound(RequestType type, NoticeLanguage language) {
        return new ErasureEvents.RecordsErased(CASE_ID, type, language.code(), List.of(), List.of(), List.of(),
                List.of(), List.of(), new Person("erika@example.org", "Erika Mustermann"));
    }

    /** Erika's access package: searched are our three stores but the unavailable ones. */
    private static DiscoveryEvents.AccessPackageReady accessPackage(NoticeLanguage language, String packageUrl,
            List<String> unavailable, Map<String, Integer> found, List<String> searchedAgain) {
        List<String> searched = new ArrayList<>(List.of("mail", "crm", "conference"));
        searched.removeAll(unavailable);
        return new DiscoveryEvents.AccessPackageReady(CASE_ID, language.code(), packageUrl,
                Instant.parse("2026-04-01T10:00:00Z"), new Person("erika@example.org", "Erika Mustermann"), searched,
                unavailable, found, searchedAgain);
    }

    private static DiscoveryEvents.PortabilityPackageReady portabilityExport(NoticeLanguage language,
            List<String> unavailable, Map<String, Integer> found) {
        List<String> searched = new ArrayList<>(List.of("mail", "crm", "conference"));
        searched.removeAll(unavailable);
        return new DiscoveryEvents.PortabilityPackageReady(CASE_ID, language.code(), "https://thwien.de/p/token-port",
                Instant.parse("2026-04-01T10:00:00Z"), new Person("erika@example.org", "Erika Mustermann"), searched,
                unavailable, found);
    }

    /** Erika's access package with the records of these categories per store (one record per category). */
    private static DiscoveryEvents.AccessPackageReady accessPackageWith(NoticeLanguage language,
            Map<String, List<String>> categoriesPerStore) {
        Map<String, Integer> records = new java.util.TreeMap<>(Map.of("mail", 0, "crm", 0, "conference", 0));
        categoriesPerStore.forEach((store, categories) -> records.put(store, categories.size()));
        return new DiscoveryEvents.AccessPackageReady(CASE_ID, language.code(), "https://thwien.de/p/token-xyz",
                Instant.parse("2026-04-01T10:00:00Z"), new Person("erika@example.org", "Erika Mustermann"),
                List.of("mail", "crm", "conference"), List.of(), records, null, categoriesPerStore);
    }

    /** Purposes of a customer's or a conference user's data: none of them a caller's or an enquirer's. */
    private static List<String> notACallersOrEnquirersPurposes(NoticeLanguage language) {
        return List.of(
                inEither(language, "Angebote, Auftragsausführung und Abrechnung",
                        "Quotes, carrying out orders and invoicing"),
                inEither(language, "Vertrag oder vorvertragliche Maßnahmen", "contract or pre-contractual steps"),
                inEither(language, "§ 147 AO", "§ 147 AO"),
                inEither(language, "Web-Konferenzen und ihre Aufzeichnung", "Web conferences and their recording"),
                inEither(language, "Sicherheit und Verfügbarkeit der Server", "Security and availability of the servers"));
    }

    /** What Art. 15(1)(a)-(h) and 15(2) GDPR require of an access answer with data, from the privacy policy. */
    private static List<String> article15(NoticeLanguage language) {
        List<String> items = new ArrayList<>(purposesAndLegalBases(language));
        items.add(inEither(language, "Daten: Vor- und Nachname, Anschrift", "Data: first and last name, postal address"));
        items.addAll(recipients());
        items.add(thirdCountries(language));
        items.addAll(storagePeriods(language));
        items.addAll(rights(language));
        items.addAll(complaintToLdiNrw(language));
        items.add(inEither(language, "Herkunft der Daten: Wir haben Ihre Daten von Ihnen selbst",
                "Source of the data: We received your data from you"));
        items.add(inEither(language, "keine automatisierte Entscheidungsfindung einschließlich Profiling",
                "no automated decision-making, including profiling"));
        return items;
    }

    private static String thirdCountries(NoticeLanguage language) {
        return inEither(language, "keine Übermittlung in Drittländer", "No data is transferred to countries outside");
    }

    /** What a notice must add whenever part of a request is not carried out as asked (Art. 12(4), 77, 79 GDPR). */
    private static List<String> remediesAgainstARefusal(NoticeLanguage language) {
        List<String> items = new ArrayList<>(complaintToLdiNrw(language));
        items.add(inEither(language, "Art. 12 Abs. 4 DSGVO", "Art. 12(4) GDPR"));
        items.add(inEither(language, "Recht auf einen wirksamen gerichtlichen Rechtsbehelf",
                "right to an effective judicial remedy"));
        items.add(inEither(language, "Art. 79 DSGVO", "Art. 79 GDPR"));
        return items;
    }

    private static List<String> controllerIdentity() {
        return List.of("Thomas Wien", "Am Gierath 20a", "40885 Ratingen", "02102 - 307 62 01", "datenschutz@thwien.de");
    }

    private static List<String> purposesAndLegalBases(NoticeLanguage language) {
        return List.of(
                inEither(language, "Angebote, Auftragsausführung und Abrechnung",
                        "Quotes, carrying out orders and invoicing"),
                inEither(language, "Art. 6 Abs. 1 lit. b DSGVO", "Art. 6(1)(b) GDPR"),
                inEither(language, "Art. 6 Abs. 1 lit. c DSGVO", "Art. 6(1)(c) GDPR"),
                inEither(language, "Art. 6 Abs. 1 lit. f DSGVO", "Art. 6(1)(f) GDPR"),
                inEither(language, "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)", "consent (Art. 6(1)(a) GDPR)"),
                inEither(language, "Sicherheit und Verfügbarkeit der Server", "Security and availability of the servers"),
                inEither(language, "Web-Konferenzen und ihre Aufzeichnung", "Web conferences and their recording"));
    }

    private static List<String> recipients() {
        return List.of("Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen", "Hetzner Finland Oy",
                "Symgenius GmbH & Co. KG", "sipgate GmbH, Gladbacher Str. 74, 40219 Düsseldorf");
    }

    private static List<String> storagePeriods(NoticeLanguage language) {
        return List.of(inEither(language, "Speicherdauer: höchstens 2 Tage", "Storage period: 2 days at most"),
                inEither(language, "Aufzeichnungen 14 Tage", "recordings 14 days"),
                inEither(language, "Geschäftsbriefe 6 Jahre", "business letters 6 years"));
    }

    private static List<String> rights(NoticeLanguage language) {
        return List.of(
                inEither(language, "Auskunft über Ihre bei uns gespeicherten Daten verlangen (Art. 15 DSGVO)",
                        "obtain access to the data we hold about you (Art. 15 GDPR)"),
                inEither(language, "Berichtigung unrichtiger Daten verlangen (Art. 16 DSGVO)",
                        "have inaccurate data rectified (Art. 16 GDPR)"),
                inEither(language, "Löschung Ihrer Daten verlangen (Art. 17 DSGVO)",
                        "have your data erased (Art. 17 GDPR)"),
                inEither(language, "Einschränkung der Verarbeitung verlangen (Art. 18 DSGVO)",
                        "have the processing restricted (Art. 18 GDPR)"),
                inEither(language, "Datenübertragbarkeit, Art. 20 DSGVO", "data portability, Art. 20 GDPR"),
                inEither(language, "Widerspruch, Art. 21 DSGVO", "objection, Art. 21 GDPR"));
    }

    private static List<String> complaintToLdiNrw(NoticeLanguage language) {
        return List.of(
                inEither(language, "Recht, sich bei einer Datenschutzaufsichtsbehörde zu beschweren (Art. 77 DSGVO)",
                        "right to lodge a complaint with a data protection supervisory authority (Art. 77 GDPR)"),
                "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
                "Kavalleriestraße 2-4", "40213 Düsseldorf", "0211 38424-0", "poststelle@ldi.nrw.de",
                "https://www.ldi.nrw.de/");
    }

    private static List<String> erasureOutcome(NoticeLanguage language) {
        return List.of(
                inEither(language, "Gelöscht:", "Erased:"),
                inEither(language, "E-Mail vom 12. März 2024 im Postfach „info“ – allgemeine Korrespondenz",
                        "Email dated 12 March 2024 in our mailbox “info” – general correspondence"),
                inEither(language, "Konferenzaufzeichnung vom 3. März 2026 auf unserem Web-Konferenz-Server",
                        "Conference recording dated 3 March 2026 on our web conference server"),
                inEither(language, "Eingeschränkt statt gelöscht", "Restricted instead of erased"),
                inEither(language, "Buchungsbeleg (z. B. Rechnung) vom 10. Juni 2019 in unserer Kunden- und"
                                + " Rechnungsverwaltung",
                        "Accounting voucher (e.g. invoice) dated 10 June 2019 in our customer and invoice records"),
                inEither(language, "Rechtsgrundlage: Aufbewahrungspflicht nach § 147 Abs. 1 Nr. 4, Abs. 3 AO",
                        "Legal basis: retention obligation under Section 147(1) No. 4 and (3) of the German Fiscal"
                                + " Code (AO)"),
                inEither(language, "(Buchungsbelege einschließlich Rechnungen, 8 Jahre)",
                        "(accounting vouchers, including invoices; 8 years)"),
                inEither(language, "Kundenstammdaten in unserer Kunden- und Rechnungsverwaltung",
                        "Customer master data in our customer and invoice records"),
                inEither(language, "Rechtsgrundlage: Art. 17 Abs. 3 lit. b i. V. m. Art. 6 Abs. 1 lit. c DSGVO und"
                                + " § 147 AO, § 257 HGB und § 14b UStG: Ihre Stammdaten bleiben",
                        "Legal basis: Art. 17(3)(b) with Art. 6(1)(c) GDPR and Section 147 of the German Fiscal Code"
                                + " (AO), Section 257 of the German Commercial Code (HGB) and Section 14b of the German"
                                + " VAT Act (UStG): your master data stays restricted"),
                inEither(language, "Aufbewahrung bis 31. Dezember 2027", "kept until 31 December 2027"),
                inEither(language, "wird ab dem 1. Januar 2028 gelöscht", "erased from 1 January 2028"),
                inEither(language, "Empfänger Ihrer Daten (Art. 19 DSGVO)", "Recipients of your data (Art. 19 GDPR)"),
                // Art. 19 as recorded: informed with the date, not yet done, covered by hosting; then who they are
                inEither(language, "Über die Löschung bzw. Einschränkung informiert haben wir:",
                        "We informed these recipients of the erasure or restriction:"),
                inEither(language, "sipgate GmbH, am 20. März 2026", "sipgate GmbH, on 20 March 2026"),
                inEither(language, "Noch nicht abgeschlossen ist die Benachrichtigung von:",
                        "We have not yet finished informing:"),
                "Steuerberatung Beispiel GmbH",
                inEither(language, "betreiben nur die Rechenzentren unserer eigenen Server und haben Ihre Daten"
                                + " ausschließlich dort; mit der Löschung auf unseren Servern sind sie auch bei ihnen"
                                + " gelöscht",
                        "only run the data centres that house our own servers and hold your data nowhere else;"
                                + " erasing it on our servers erases it for them too"),
                // the backup site's copies go only when the backups expire: said, so the backup paragraph agrees
                inEither(language, "aus unseren Datensicherungen, die sie für uns aufbewahren, mit deren Ablauf",
                        "from the backups they keep for us when those expire"),
                "Hetzner Online GmbH", "Hetzner Finland Oy",
                inEither(language, "Auf Ihren Wunsch teilen wir Ihnen mit, welche Empfänger Ihre Daten erhalten haben und"
                                + " wann wir sie benachrichtigt haben (Art. 19 Satz 2 DSGVO)",
                        "On request we tell you which recipients received your data and when we informed them"
                                + " (Art. 19, second sentence, GDPR)"),
                inEither(language, "spätestens 6 Monate nach der Löschung auch aus unseren Datensicherungen",
                        "backups within 6 months of the erasure"));
    }

    /** Every item in the text and in the HTML alternative (compared unescaped and without markup line breaks). */
    private static void assertNamesNone(RenderedNotice notice, List<String> items) {
        String html = notice.html().replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        for (String item : items) {
            assertThat(notice.text()).as("plain text").doesNotContain(item);
            assertThat(html).as("HTML").doesNotContain(item);
        }
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

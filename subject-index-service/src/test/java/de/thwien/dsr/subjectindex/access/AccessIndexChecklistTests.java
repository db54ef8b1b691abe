package de.thwien.dsr.subjectindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.platform.facts.NoticeFacts;
import de.thwien.dsr.platform.facts.NoticeFactsCatalog;
import de.thwien.dsr.platform.facts.ProcessingPurpose;
import de.thwien.dsr.platform.facts.ProcessingRecipient;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.access.archive.PackageContents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LEGAL.md §5 (Art. 15) as a checklist for {@code index.html} of the copy, in both languages: every element of
 * Art. 15(1)(a)–(h), 15(2) and 15(3) is on the page, stated from the same privacy facts the access mail states
 * (notifier's {@code NoticeChecklistTests} checks the mail against the same wording).
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class AccessIndexChecklistTests {

    @Inject
    AccessIndexPage page;

    @Inject
    NoticeFactsCatalog catalog;

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theIndexPageNamesEverythingArticle15Requires(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.in(language)));

        List<String> items = new ArrayList<>();
        // (a) purposes and legal bases, with the legitimate interests
        items.add(pick(language, "Angebote, Auftragsausführung und Abrechnung",
                "Quotes, carrying out orders and invoicing"));
        items.add(pick(language, "Art. 6 Abs. 1 lit. b DSGVO", "Art. 6(1)(b) GDPR"));
        items.add(pick(language, "Art. 6 Abs. 1 lit. c DSGVO", "Art. 6(1)(c) GDPR"));
        items.add(pick(language, "Art. 6 Abs. 1 lit. f DSGVO", "Art. 6(1)(f) GDPR"));
        items.add(pick(language, "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)", "consent (Art. 6(1)(a) GDPR)"));
        items.add(pick(language, "Berechtigtes Interesse: technische Verfügbarkeit der Dienste",
                "Legitimate interest: keeping the services available"));
        items.add(pick(language, "Web-Konferenzen und ihre Aufzeichnung", "Web conferences and their recording"));
        // (b) categories of data: in general and hers
        items.add(pick(language, "Datenkategorien: Vor- und Nachname, Anschrift",
                "Data categories: first and last name, postal address"));
        items.add(pick(language, "Rechnungsdaten", "invoice data"));
        // (c) recipients: the data centres of our servers (her copy holds no voicemail: sipgate got nothing of hers)
        items.addAll(List.of("Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen", "Hetzner Finland Oy",
                "Symgenius GmbH & Co. KG"));
        items.add(pick(language, "wenn wir gesetzlich dazu verpflichtet sind", "where the law obliges us to"));
        // (d) storage periods, in general and per record with its end date
        items.add(pick(language, "Speicherdauer: höchstens 2 Tage", "Storage period: 2 days at most"));
        items.add(pick(language, "Aufzeichnungen 14 Tage", "recordings 14 days"));
        items.add(pick(language, "Geschäftsbriefe 6 Jahre", "business letters 6 years"));
        items.add(pick(language, "aufbewahrt bis 31. Dezember 2027 wegen § 147 AO, § 257 HGB und § 14b UStG; wird am"
                + " 1. Januar 2028 gelöscht", "kept until 31 December 2027 because of § 147 AO, § 257 HGB and § 14b"
                + " UStG; erased on 1 January 2028"));
        items.add(pick(language, "wird spätestens am 15. März 2026 gelöscht", "erased on 15 March 2026 at the latest"));
        items.add(pick(language, "wir löschen sie, wenn das Anliegen, um das es darin geht, erledigt ist",
                "we erase it when the matter it concerns is dealt with"));
        items.add(pick(language, "Datensicherungen unserer Server enthalten. Diese bewahren wir höchstens 6 Monate auf",
                "backups of our servers. We keep backups for 6 months at most"));
        // (e) rights, the objection on its own
        items.add(pick(language, "Berichtigung (Art. 16 DSGVO)", "rectification (Art. 16 GDPR)"));
        items.add(pick(language, "Löschung (Art. 17 DSGVO)", "erasure (Art. 17 GDPR)"));
        items.add(pick(language, "Einschränkung der Verarbeitung (Art. 18 DSGVO)",
                "restriction of processing (Art. 18 GDPR)"));
        items.add(pick(language, "Ihr Widerspruchsrecht", "Your right to object"));
        items.add(pick(language, "Art. 21 Abs. 1 DSGVO", "Art. 21(1) GDPR"));
        // (f) complaint to the supervisory authority
        items.add(pick(language, "Recht, sich bei einer Datenschutzaufsichtsbehörde zu beschweren (Art. 77 DSGVO)",
                "right to lodge a complaint with a data protection supervisory authority (Art. 77 GDPR)"));
        items.addAll(List.of("Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
                "Kavalleriestraße 2-4", "40213 Düsseldorf", "0211 38424-0", "poststelle@ldi.nrw.de",
                "https://www.ldi.nrw.de/"));
        // (g) source
        items.add(pick(language, "Wir haben Ihre Daten von Ihnen selbst", "We received your data from you"));
        // (h) no automated decision-making
        items.add(pick(language, "keine automatisierte Entscheidungsfindung einschließlich Profiling",
                "no automated decision-making, including profiling"));
        // Art. 15(2): transfers to third countries
        items.add(pick(language, "keine Übermittlung in Drittländer", "No data is transferred to countries outside"));
        // Art. 15(3): the copy, in a common electronic form
        items.add(pick(language, "Art. 15 Abs. 3 DSGVO", "Art. 15(3) GDPR"));
        items.add(".eml");
        items.add(".csv");

        assertThat(text).contains(items);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void mailWithoutAStatutoryHoldSaysWhenItIsErasedWhoseMatterItIsAndThatSheCanHaveItErasedAtAnyTime(
            String language) {
        // the matter may be a third party's, or settled years ago: "once your matter is dealt with" was neither
        String text = visibleText(page.render(DemoCustomerCopy.in(language)));

        assertThat(text).contains(pick(language,
                "keine gesetzliche Aufbewahrungspflicht: wir löschen sie, wenn das Anliegen, um das es darin geht,"
                        + " erledigt ist; Sie können die Löschung jederzeit verlangen (Art. 17 DSGVO)",
                "no statutory retention duty: we erase it when the matter it concerns is dealt with; you can ask"
                        + " us to erase it at any time (Art. 17 GDPR)"))
                .doesNotContain(pick(language, "sobald Ihr Anliegen erledigt ist", "once your matter is dealt with"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theGeneralInformationIsTheSamePrivacyFactsTheAccessMailStates(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.in(language)));
        NoticeFacts facts = catalog.in(language);

        for (ProcessingPurpose purpose : facts.purposes()) {
            assertThat(text).contains(purpose.purpose(), purpose.legalBasis(), purpose.dataCategories(),
                    purpose.storagePeriod());
        }
        for (ProcessingRecipient recipient : factsOf(DemoCustomerCopy.in(language), language).recipients()) {
            assertThat(text).contains(recipient.name() + ", " + recipient.address() + ": " + recipient.role());
        }
        assertThat(text).contains(facts.thirdCountryTransfers(), sourcesOf(DemoCustomerCopy.in(language), language),
                facts.automatedDecisions(), facts.authority().name());
    }

    /** The sources (Art. 15(1)(g)) the catalog states for the copy's records, none of them from a third party. */
    private String sourcesOf(PackageContents copy, String language) {
        return factsOf(copy, language).sources();
    }

    /** The facts the catalog states for the copy's records, none of them from a third party (as the mail does). */
    private NoticeFacts factsOf(PackageContents copy, String language) {
        java.util.Map<String, List<String>> categoriesPerStore = new java.util.TreeMap<>();
        copy.records().forEach(record -> categoriesPerStore.computeIfAbsent(record.finding().store(),
                store -> new ArrayList<>()).add(record.finding().retentionCategory()));
        return catalog.forFound(language, categoriesPerStore, java.util.Set.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theCopyNamesTheTelephoneProviderAsARecipientOnlyWhenItHoldsAVoicemail(String language) {
        String letters = visibleText(page.render(DemoCustomerCopy.in(language)));
        String voicemail = visibleText(page.render(DemoCustomerCopy.ofAVoicemailOnly(language)));

        assertThat(letters).doesNotContain("sipgate").contains("Hetzner Online GmbH");
        assertThat(voicemail).contains("sipgate GmbH, Gladbacher Str. 74, 40219 Düsseldorf: " + pick(language,
                "Telefonie und Anrufbeantworter", "telephony and voicemail"), "Hetzner Online GmbH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyRetentionCategoryHasItsRuleInWordsWhereNoDateCanBeComputed(String language) {
        for (RetentionCategory category : RetentionCategory.values()) {
            assertThat(AccessIndexPage.texts(language)).as(category.id()).containsKey("retention." + category.id());
        }
        assertThat(AccessIndexPage.texts(language))
                .containsKeys("retention.hold", "retention.holdEnded", "retention.untilLastHold",
                        "retention.storageLimit", "retention.storageLimitPassed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void aConfirmedNameMatchIsATaggedThirdPartysMailNotHerCorrespondence(String language) {
        String html = page.render(DemoCustomerCopy.withASuppliersMailNamingHer(language),
                java.util.Set.of(DemoCustomerCopy.SUPPLIERS_MAIL_NAMING_HER));
        String supplierMail = visibleText(html.substring(0, html.indexOf("<h3>2. ")));

        assertThat(supplierMail).contains(pick(language, "E-Mail eines Dritten an uns, in der Sie genannt sind",
                "an e-mail from a third party to us that mentions you"), pick(language,
                "Bearbeitung des Anliegens, das uns ein Dritter geschrieben hat und in dem Sie genannt sind",
                "handling the matter a third party wrote to us about, in which you are mentioned"));
        assertThat(supplierMail).doesNotContain(pick(language, "E-Mail zwischen Ihnen und uns",
                "e-mail between you and us"), pick(language, "Abwicklung Ihres Auftrags", "carrying out your order"));
        assertThat(visibleText(html.substring(html.indexOf("<h3>2. "))))
                .as("her own mail is still her correspondence")
                .contains(pick(language, "E-Mail zwischen Ihnen und uns", "e-mail between you and us"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theSourcesNameCorrespondenceWithCustomersOnlyWhenARecordCameFromAThirdParty(String language) {
        String customers = pick(language, "Korrespondenz mit unseren Kunden", "correspondence with our customers");

        String herOwn = visibleText(page.render(DemoCustomerCopy.in(language)));
        String named = visibleText(page.render(DemoCustomerCopy.withASuppliersMailNamingHer(language),
                java.util.Set.of(DemoCustomerCopy.SUPPLIERS_MAIL_NAMING_HER)));

        assertThat(herOwn).contains(pick(language, "Wir haben Ihre Daten von Ihnen selbst",
                "We received your data from you")).doesNotContain(customers);
        assertThat(named).contains(customers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void aMailWithAnInvoiceShowsWhenItsTextAndWhenTheAttachedInvoiceAreErased(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.withAnInvoiceMail(language)));

        assertThat(text).contains(
                pick(language, "Text der E-Mail – Geschäftsbrief: aufbewahrt bis 31. Dezember 2028 wegen § 147 AO"
                                + " und § 257 HGB; wird am 1. Januar 2029 gelöscht",
                        "Text of the e-mail – business letter: kept until 31 December 2028 because of § 147 AO"
                                + " and § 257 HGB; erased on 1 January 2029"),
                pick(language, "Angehängte Dateien – Buchungsbeleg (z. B. Rechnung): aufbewahrt bis 31. Dezember"
                                + " 2030 wegen § 147 AO, § 257 HGB und § 14b UStG; wird am 1. Januar 2031 gelöscht",
                        "Attached files – accounting voucher (e.g. invoice): kept until 31 December 2030 because of"
                                + " § 147 AO, § 257 HGB and § 14b UStG; erased on 1 January 2031"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void aNonCustomerWithOnlyAVoicemailIsToldTheAnsweringOfCallsAndHerRequestNotContractOrInvoicing(
            String language) {
        String text = visibleText(page.render(DemoCustomerCopy.ofAVoicemailOnly(language)));

        assertThat(text).contains(pick(language, "Beantwortung Ihrer E-Mails und Anrufe",
                "Answering your emails and calls"), pick(language, "Bearbeitung Ihres Antrags",
                "handling your request"), pick(language, "Art. 6 Abs. 1 lit. c DSGVO (rechtliche Verpflichtung) mit"
                + " Art. 12", "Art. 6(1)(c) GDPR (legal obligation) with Art. 12"));
        assertThat(text).doesNotContain(notHers(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void aMailWithAnInvoiceWhoseTextHasNoHoldSaysTheTextGoesAndTheInvoiceIsKept(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.withAnInvoiceMailWithoutALetter(language)));

        assertThat(text).contains(
                pick(language, "Text der E-Mail – allgemeine Korrespondenz: keine gesetzliche Aufbewahrungspflicht",
                        "Text of the e-mail – general correspondence: no statutory retention"),
                pick(language, "Angehängte Dateien – Buchungsbeleg (z. B. Rechnung): aufbewahrt bis 31. Dezember"
                                + " 2030 wegen § 147 AO, § 257 HGB und § 14b UStG; wird am 1. Januar 2031 gelöscht",
                        "Attached files – accounting voucher (e.g. invoice): kept until 31 December 2030 because of"
                                + " § 147 AO, § 257 HGB and § 14b UStG; erased on 1 January 2031"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void aNonCustomerWithOneGeneralMailIsToldTheAnsweringOfMailsAndHerRequestNotContractOrInvoicing(
            String language) {
        String text = visibleText(page.render(DemoCustomerCopy.ofOneGeneralMail(language)));

        assertThat(text).contains(pick(language, "Beantwortung Ihrer E-Mails und Anrufe",
                "Answering your emails and calls"), pick(language, "Bearbeitung Ihres Antrags",
                "handling your request"));
        assertThat(text).doesNotContain(notHers(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theStoresColumnsAsTheyAreStoredReadAsWordsWithoutTechnicalColumns(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.withColumnsAsStored(language)));

        assertThat(text).contains(pick(language, "Gesamtbetrag 2.017,05 €", "total €2,017.05"),
                pick(language, "Status aktiv", "status active"), pick(language, "Sprache Deutsch", "language German"),
                pick(language, "Sichtbarkeit nicht veröffentlicht", "visibility not published"),
                pick(language, "veröffentlicht nein", "published no"));
        assertThat(text).as("technical columns").doesNotContain("message_type", "is_internal", "Kundennummer",
                "customer number", "2017.05");
        if ("de".equals(language)) {
            assertThat(text).as("no raw or English values").doesNotContain("greenlight", "Unpublished",
                    "unpublished", "false", "true", "Sprache de");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void aCustomerWithInvoicesIsToldOfInvoicingWithItsStatutoryBasisAndOfHerRequest(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.in(language)));

        assertThat(text).contains(pick(language, "Angebote, Auftragsausführung und Abrechnung",
                "Quotes, carrying out orders and invoicing"), pick(language,
                "Art. 6 Abs. 1 lit. c DSGVO mit § 147 AO, § 257 HGB und § 14b UStG",
                "Art. 6(1)(c) GDPR with § 147 AO, § 257 HGB and § 14b UStG"),
                pick(language, "Bearbeitung Ihres Antrags", "handling your request"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theMasterDataLineAndTheGeneralStorageSentenceCiteTheSameLawsAsTheHoldsTheyFollow(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.in(language)));

        assertThat(text).contains(pick(language,
                "mindestens bis 31. Dezember 2030, solange Ihre Unterlagen nach § 147 AO, § 257 HGB und § 14b UStG"
                        + " aufbewahrt werden müssen",
                "at least until 31 December 2030 while your documents must be kept under § 147 AO, § 257 HGB and"
                        + " § 14b UStG"), pick(language,
                "Gesetzliche Aufbewahrungsfristen (§ 147 AO, § 257 HGB und § 14b UStG) laufen",
                "Statutory retention periods (§ 147 AO, § 257 HGB and § 14b UStG) run"));
    }

    /** The purposes of a customer's and a conference user's data, none of them a caller's or an enquirer's. */
    private static String[] notHers(String language) {
        return new String[] {pick(language, "Angebote, Auftragsausführung und Abrechnung",
                "Quotes, carrying out orders and invoicing"), pick(language, "Vertrag oder vorvertragliche Maßnahmen",
                "contract or pre-contractual steps"), pick(language, "Web-Konferenzen und ihre Aufzeichnung",
                "Web conferences and their recording"), pick(language, "Sicherheit und Verfügbarkeit der Server",
                "Security and availability of the servers")};
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theIndexPageSaysWhichSystemsWereSearched(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.withColumnsAsStored(language)));

        assertThat(text).contains(pick(language,
                "Durchsucht haben wir: E-Mail-Postfach, Kunden- und Rechnungsverwaltung, Web-Konferenz-Server.",
                "Searched: mailbox, customer and invoice records, web conference server."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void aConferenceRoomIsNamedAsARoomKeptWithTheAccountNotAsAnAccount(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.withRoomAndPartnerNumbers(language)));

        assertThat(text).contains(pick(language, "Konferenzraum (gehört zu Ihrem Konto auf dem Konferenzserver)",
                "conference room (kept with your conference server account)"));
        assertThat(text).doesNotContain(pick(language, "Konferenzraum (Konto auf dem Konferenzserver)",
                "conference room (conference server account)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void ourInternalNumbersOfHerCustomerAccountAndAddressesStayOffThePage(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.withRoomAndPartnerNumbers(language)));

        assertThat(text).doesNotContain("4711").doesNotContain("4712").doesNotContain("4713")
                .doesNotContain(pick(language, "Nummer des Geschäftspartners", "number of the business partner"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void aVoicemailIsAVoiceMessageFromTheTelephoneProvidersVoicemailNotAMailBetweenUs(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.ofAVoicemailOnly(language)));

        assertThat(text).contains(pick(language, "1. Sprachnachricht auf unserem Anrufbeantworter",
                "1. voice message on our answering machine"), pick(language,
                "Herkunft Anrufbeantworter unseres Telefonanbieters: Ihre Sprachnachricht",
                "Source the voicemail of our telephone provider: your voice message"));
        assertThat(text).doesNotContain(pick(language, "E-Mail zwischen Ihnen und uns", "e-mail between you and us"),
                pick(language, "Anrufbeantworter (Sprachnachricht)", "answering machine (voicemail message)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theRecipientsHeadingNamesNoTelephonyAndEachRecipientSaysWhatItDoes(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.ofOneGeneralMail(language)));

        assertThat(text).contains(pick(language, "Empfänger, jeweils mit ihrer Aufgabe für uns:",
                "Recipients, each with what it does for us:"));
        assertThat(text).doesNotContain(pick(language, "Server und Telefonie", "servers and telephony"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theStoragePartSaysHowLongHerDataStaysInTheBackups(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.in(language)));

        assertThat(text).contains(pick(language, "Ihre Daten sind auch in den Datensicherungen unserer Server"
                + " enthalten. Diese bewahren wir höchstens 6 Monate auf", "Your data is also contained in the backups"
                + " of our servers. We keep backups for 6 months at most"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void onlyAPublishedRecordingOfHersAloneIsLinkedTheOthersSayHowSheGetsThem(String language) {
        String html = page.render(DemoCustomerCopy.withRoomAndRecordings(language));
        String text = visibleText(html);

        assertThat(html).contains("https://bbb.example/playback/Kundengespräch")
                .doesNotContain("https://bbb.example/playback/Nachbesprechung")
                .doesNotContain("https://bbb.example/playback/Workshop");
        assertThat(text).contains(pick(language, "Diese Aufzeichnung ist nicht veröffentlicht",
                        "This recording is not published"), pick(language,
                        "nachdem wir die Rechte und Freiheiten der anderen Teilnehmenden abgewogen haben (Art. 15 Abs. 4"
                                + " DSGVO)", "once we have weighed the rights and freedoms of the other participants"
                                + " (Art. 15(4) GDPR)"), "datenschutz@thwien.de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void conferenceRoomsAndRecordingsAreDescribedByNameDateAndLengthNotByTheirIds(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.withRoomAndRecordings(language)));

        assertThat(text).contains(pick(language, "„Beratung Becker“, zuletzt genutzt am 1. März 2026, 10:00 Uhr MEZ",
                "\"Beratung Becker\", last used on 1 March 2026, 10:00 CET"), pick(language,
                "„Kundengespräch“, aufgezeichnet am 1. März 2026, 10:00 Uhr MEZ, 42 Minuten, Teilnehmende: 1",
                "\"Kundengespräch\", recorded on 1 March 2026, 10:00 CET, 42 minutes, participants: 1"));
        assertThat(text).as("internal ids").doesNotContain("jbe-x7k-q2m-lp4", "0f7c5e0e8b4d1a2c3e4f5a6b7c8d9e0f",
                "5a1d2c3b", "1709283600000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void packageJsonIsTheMachineReadableCopyOfArticle15NotAnArticle20Transfer(String language) {
        String text = visibleText(page.render(DemoCustomerCopy.in(language)));

        assertThat(text).contains(pick(language, "Die Datei package.json enthält dieselben Daten noch einmal"
                + " vollständig und maschinenlesbar (JSON), so wie sie gespeichert sind: die Kopie in einem gängigen"
                + " elektronischen Format (Art. 15 Abs. 3 Satz 3 DSGVO)", "The file package.json holds the same data"
                + " once more, complete and machine-readable (JSON), as it is stored: the copy in a common electronic"
                + " form (Art. 15(3), third sentence, GDPR)"));
        assertThat(text).doesNotContain(pick(language, "zur Übertragung an andere Stellen", "for passing it on"));
    }

    private static String pick(String language, String german, String english) {
        return "en".equals(language) ? english : german;
    }

    /** The page's text without markup, entities resolved and white space collapsed. */
    static String visibleText(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replaceAll("\\s+", " ");
    }
}

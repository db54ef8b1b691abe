package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.TestInfra;
import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.identity.Identifiers;
import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.CrawlResult;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static de.thwien.dsr.connectors.mail.TestMailboxes.append;
import static de.thwien.dsr.connectors.mail.TestMailboxes.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ImapMailReaderTest {

    private static final Identifier JANA = new Identifier(IdentifierKind.EMAIL, "jana.becker@example.net");
    private static final Date FEB_20 = Date.from(LocalDate.of(2024, 2, 20).atTime(10, 0)
            .atZone(ZoneId.of("Europe/Berlin")).toInstant());
    /**
     * The arrival of the mails whose arrival a test checks, to the second. Fixed, not the test's "now": GreenMail 2.1.13
     * reads an APPEND's date on a 12-hour clock (its issue #211), so a mail appended between 12:00 and 12:59 would be
     * stored as arriving at 00:xx.
     */
    private static final Date ARRIVED = Date.from(java.time.Instant.parse("2026-11-30T09:41:07Z"));

    private MailAccount account;
    private ImapMailReader mail;

    @BeforeEach
    void freshMailbox() {
        account = TestMailboxes.freshAccount();
        mail = new ImapMailReader(TestMailboxes.settings(account));
    }

    @Test
    void aCrawlIndexesEveryFolderIncludingSentAndCopies() throws Exception {
        append(account, "INBOX",
                message().from("\"Jana Becker\" <Jana.Becker+shop@example.net>").to(account.address())
                        .subject("Ihre Bestellung 4711").text("Bitte rufen Sie an: 0221 98765432").build(),
                message().from("lukas.mueller@example.com").to(account.address()).cc("jana.becker@example.net")
                        .subject("Termin").text("Hallo zusammen").build());
        append(account, "Sent", message().from(account.address()).to("jana.becker@example.net")
                .subject("Antwort").text("Gerne").build());
        List<IndexedRecord> records = new ArrayList<>();

        CrawlResult result = mail.crawl(CrawlCursor.START, records::add);

        assertThat(result.recordsVisited()).isEqualTo(3);
        assertThat(records).allSatisfy(record -> assertThat(record.identifiers()).contains(JANA));
        assertThat(records).extracting(IndexedRecord::reference)
                .anyMatch(reference -> reference.startsWith("imap://info/Sent;UIDVALIDITY="))
                .allMatch(reference -> reference.matches("imap://info/\\w+;UIDVALIDITY=\\d+/;UID=\\d+;MID=[^;/]+"));
        IndexedRecord order = records.get(0);
        assertThat(order.identifiers()).contains(
                new Identifier(IdentifierKind.NAME, "becker jana"),
                new Identifier(IdentifierKind.PHONE, "+4922198765432"));
        assertThat(records).flatExtracting(IndexedRecord::identifiers)
                .doesNotContain(new Identifier(IdentifierKind.EMAIL, account.address()));
    }

    @Test
    void aNameWrittenOnlyInTheTextIsIndexedAsWeakNameKeysAndAPhoneNumberStaysStrong() throws Exception {
        append(account, "INBOX", message().from("buchhaltung@lieferant.example").to(account.address())
                .subject("Lieferverzug").text("Guten Tag,\n\nwie mit Herrn Jonas Albrecht-Weidemann besprochen, "
                        + "verschiebt sich die Lieferung. Rückfragen unter 0221 98765432.").build());
        List<IndexedRecord> records = new ArrayList<>();

        mail.crawl(CrawlCursor.START, records::add);

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.identifiers()).containsAll(Identifiers.ofName("Jonas Albrecht-Weidemann"))
                    .contains(new Identifier(IdentifierKind.PHONE, "+4922198765432"));
            assertThat(record.identifiers()).filteredOn(identifier -> identifier.kind() == IdentifierKind.NAME
                            || identifier.kind() == IdentifierKind.NAME_PHONETIC)
                    .isNotEmpty().allSatisfy(name -> assertThat(name.strength()).isEqualTo(MatchStrength.WEAK));
        });
    }

    @Test
    void theAccountsOwnNameInItsSignatureIsNotIndexed() throws Exception {
        append(account, "Sent", message().from("\"Thomas Wien\" <" + account.address() + ">")
                .to("jana.becker@example.net").subject("Antwort")
                .text("Hallo Jana Becker,\n\ngerne.\n\nMit freundlichen Grüßen\nThomas Wien").build());
        List<IndexedRecord> records = new ArrayList<>();

        mail.crawl(CrawlCursor.START, records::add);

        assertThat(records).singleElement().satisfies(record -> assertThat(record.identifiers())
                .containsAll(Identifiers.ofName("Jana Becker"))
                .doesNotContainAnyElementsOf(Identifiers.ofName("Thomas Wien")));
    }

    @Test
    void aFolderLargerThanOneChunkIsIndexedOnceAndTheNextCrawlAddsOnlyTheNewUids() throws Exception {
        ImapMailReader chunked = new ImapMailReader(TestMailboxes.settings(account), 3);
        append(account, "INBOX", customerMails(1, 7));
        List<IndexedRecord> first = new ArrayList<>();

        CrawlResult firstCrawl = chunked.crawl(CrawlCursor.START, first::add);
        append(account, "INBOX", customerMails(8, 9));
        List<IndexedRecord> second = new ArrayList<>();
        CrawlResult secondCrawl = chunked.crawl(firstCrawl.next(), second::add);

        assertThat(firstCrawl.recordsVisited()).isEqualTo(7);
        assertThat(first).extracting(IndexedRecord::reference).doesNotHaveDuplicates().hasSize(7);
        assertThat(first).extracting(record -> customerIn(record)).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(secondCrawl.recordsVisited()).isEqualTo(2);
        assertThat(second).extracting(record -> customerIn(record)).containsExactly(8, 9);
        assertThat(second).extracting(IndexedRecord::reference)
                .doesNotContainAnyElementsOf(first.stream().map(IndexedRecord::reference).toList());
    }

    @Test
    void aMessageOverTheWholeMessageLimitIsIndexedFromItsTextLikeTheSmallOnesOfItsChunk() throws Exception {
        ImapMailReader chunked = new ImapMailReader(TestMailboxes.settings(account), 3);
        append(account, "INBOX", customerMails(1, 1));
        append(account, "INBOX", message().from("kunde2@example.org").to(account.address()).subject("Fotos")
                .text("Rückruf bitte unter 030 2000002").attachment("fotos.zip", "application/zip",
                        new byte[ImapMailReader.WHOLE_MESSAGE_LIMIT + 1]).build());
        append(account, "INBOX", customerMails(3, 3));
        List<IndexedRecord> records = new ArrayList<>();

        chunked.crawl(CrawlCursor.START, records::add);

        assertThat(records).extracting(record -> customerIn(record)).containsExactly(1, 2, 3);
    }

    /**
     * The keys of a sample mailbox, pinned as the crawl gave them before it was made faster (issue 16
     * item 4's rate bar): every kind of key source once (display names encoded and plain, Cc, greeting,
     * salutation with title and particles, signature, given name, HTML-only text, a message over the whole
     * message limit, attachments, the account's own name), crossing chunk boundaries.
     */
    @Test
    void aSampleMailboxGivesExactlyThePinnedKeysWhateverTheCrawlsFetchStrategy() throws Exception {
        ImapMailReader chunked = new ImapMailReader(TestMailboxes.settings(account), 2);
        append(account, "INBOX",
                message().from("=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <Juergen.Mueller@example.org>").to(account.address()).date(ARRIVED)
                        .cc("\"Petra Schulze\" <petra@example.com>").subject("Lieferung")
                        .text("Sehr geehrte Frau Dr. Anna-Lena von der Heide,\n\nwie mit Herrn Jonas Albrecht-Weidemann"
                                + " besprochen, Rückruf unter +49 30 1234567 oder 0221 98765432.\n\n"
                                + "Mit freundlichen Grüßen\n\nJürgen Müller").build(),
                message().from("kunde@example.net").to("\"Thomas Wien\" <" + account.address() + ">").date(ARRIVED)
                        .subject("Anruf").text("Hallo Thomas Wien,\nKlaus Berger hat angerufen. Rechnung Nummer 4711."
                                + "\n\nViele Grüße\nKarin Hoffmann").build(),
                htmlOnly("info@lieferant.example", "<p>Guten Tag Frau Maria Schmidt,</p><p>Tel. 089 1234567</p>"),
                message().from("kunde2@example.org").to(account.address()).date(ARRIVED).subject("Fotos")
                        .text("Herr Stefan Krause ruft zurück: 030 2000002").attachment("fotos.zip", "application/zip",
                                new byte[ImapMailReader.WHOLE_MESSAGE_LIMIT + 1]).build(),
                message().from("sabine.graf@example.com").to(account.address()).date(ARRIVED).subject("Rechnung")
                        .text("Liebe Sabine Graf!\nFrau Becker lässt grüßen.").attachment("rechnung.pdf",
                                "application/pdf", new byte[] {37, 80, 68, 70}).build());
        append(account, "Sent", message().from("\"Thomas Wien\" <" + account.address() + ">")
                .to("\"Jana Becker\" <jana.becker@example.net>").subject("Antwort").date(FEB_20)
                .text("Hallo Jana Becker,\n\ngerne.\n\nMit freundlichen Grüßen\nThomas Wien").build());
        List<IndexedRecord> records = new ArrayList<>();

        chunked.crawl(CrawlCursor.START, records::add);

        assertThat(records.stream().collect(Collectors.toMap(record -> record.reference()
                        .replaceAll(";UIDVALIDITY=\\d+/", "").replaceAll(";MID=.*", ""),
                        ImapMailReaderTest::keysAndSender)))
                .isEqualTo(Map.of(
                        "imap://info/INBOX;UID=1", List.of("EMAIL juergen.mueller@example.org", "EMAIL petra@example.com",
                                "NAME albrecht jonas weidemann", "NAME anna der heide lena von", "NAME juergen mueller",
                                "NAME petra schulze", "NAME_PHONETIC 02 06 27 36 56", "NAME_PHONETIC 051742 068 3266",
                                "NAME_PHONETIC 0746 657", "NAME_PHONETIC 127 858", "PHONE +4922198765432",
                                "PHONE +49301234567", "from juergen.mueller@example.org"),
                        "imap://info/INBOX;UID=2", List.of("EMAIL kunde@example.net", "NAME berger klaus",
                                "NAME hoffmann karin", "NAME_PHONETIC 0366 476", "NAME_PHONETIC 1747 458",
                                "from kunde@example.net"),
                        "imap://info/INBOX;UID=3", List.of("EMAIL info@lieferant.example", "NAME maria schmidt",
                                "NAME_PHONETIC 67 862", "PHONE +49891234567", "from info@lieferant.example"),
                        "imap://info/INBOX;UID=4", List.of("EMAIL kunde2@example.org", "NAME krause stefan",
                                "NAME_PHONETIC 478 8236", "PHONE +49302000002", "from kunde2@example.org"),
                        "imap://info/INBOX;UID=5", List.of("EMAIL sabine.graf@example.com", "NAME graf sabine",
                                "NAME_PHONETIC 473 816", "from sabine.graf@example.com"),
                        "imap://info/Sent;UID=1", List.of("EMAIL jana.becker@example.net", "NAME becker jana",
                                "NAME_PHONETIC 06 147")));
        assertThat(records).filteredOn(record -> record.reference().contains("/INBOX;")).extracting(IndexedRecord::seenAt)
                .containsOnly(ARRIVED.toInstant());
        assertThat(records).filteredOn(record -> record.reference().contains("/Sent;")).extracting(IndexedRecord::seenAt)
                .containsExactly(FEB_20.toInstant());
    }

    @Test
    void onlyInboundMailNamesAFirstContactCandidate() throws Exception {
        append(account, "INBOX", message().from("Jana.Becker@example.net").to(account.address())
                .subject("Frage").text("?").build());
        append(account, "Sent", message().from(account.address()).to("lukas.mueller@example.com")
                .subject("Angebot").text("!").build());
        List<IndexedRecord> records = new ArrayList<>();

        mail.crawl(CrawlCursor.START, records::add);

        assertThat(records).extracting(IndexedRecord::inboundFrom)
                .containsExactlyInAnyOrder("jana.becker@example.net", null);
    }

    @Test
    void anIncrementalCrawlSeesOnlyNewMessages() throws Exception {
        append(account, "INBOX", message().from("a@example.org").to(account.address()).subject("1").build());
        CrawlResult first = mail.crawl(CrawlCursor.START, record -> { });
        append(account, "INBOX", message().from("b@example.org").to(account.address()).subject("2").build());
        List<IndexedRecord> records = new ArrayList<>();

        CrawlResult second = mail.crawl(first.next(), records::add);
        CrawlResult third = mail.crawl(second.next(), records::add);

        assertThat(records).singleElement().satisfies(record -> assertThat(record.identifiers())
                .containsExactly(new Identifier(IdentifierKind.EMAIL, "b@example.org")));
        assertThat(third.recordsVisited()).isZero();
    }

    @Test
    void aFolderWithANewUidValidityIsCrawledAgainAndReported() throws Exception {
        append(account, "Archive", message().from("a@example.org").to(account.address()).subject("1").build());
        CrawlResult first = mail.crawl(CrawlCursor.START, record -> { });
        // GreenMail's UIDVALIDITY is the folder's creation time in seconds: re-create it in a later second
        long createdBy = Instant.now().getEpochSecond();
        await().atMost(Duration.ofSeconds(3)).until(() -> Instant.now().getEpochSecond() > createdBy);
        TestMailboxes.deleteFolder(account, "Archive");
        append(account, "Archive", message().from("a@example.org").to(account.address()).subject("1").build());
        List<IndexedRecord> records = new ArrayList<>();

        CrawlResult second = mail.crawl(first.next(), records::add);

        assertThat(records).singleElement().extracting(IndexedRecord::reference).asString()
                .startsWith(MailReference.folderPrefix("info", "Archive"));
        assertThat(second.recrawledPrefixes()).singleElement().asString()
                .startsWith(MailReference.folderPrefix("info", "Archive") + "UIDVALIDITY=")
                .satisfies(stale -> assertThat(records.get(0).reference()).doesNotStartWith(stale));
    }

    @Test
    void findConfirmsMessagesLiveWithCategoryStartDateAndStrength() throws Exception {
        append(account, "INBOX",
                message().from("jana.becker@example.net").to(account.address()).subject("Ihre Bestellung S00042")
                        .text("Wo bleibt die Lieferung?").date(FEB_20).build(),
                message().from("voicemail@sipgate.de").to(account.address()).subject("Neue Sprachnachricht")
                        .attachment("nachricht.mp3", "audio/mpeg", new byte[] {1, 2, 3}).build());
        append(account, "Sent", message().from(account.address()).to("jana.becker@example.net")
                .subject("Rechnung INV/2024/0007").text("Anbei die Rechnung.").date(FEB_20)
                .attachment("Rechnung_INV-2024-0007.pdf", "application/pdf", new byte[] {37, 80, 68, 70}).build());
        Map<String, IndexedRecord> crawled = crawl();

        List<Finding> findings = mail.find(crawled.keySet().stream()
                .map(reference -> new RecordHit(reference, MatchStrength.STRONG)).toList());

        assertThat(findings).extracting(Finding::retentionCategory)
                .containsExactlyInAnyOrder("commercial-letter", "voicemail", "accounting-voucher");
        assertThat(findings).filteredOn(finding -> finding.retentionCategory().equals("accounting-voucher"))
                .singleElement().satisfies(invoice -> {
                    assertThat(invoice.retentionStart()).isEqualTo(LocalDate.of(2024, 2, 20));
                    assertThat(invoice.summary()).startsWith("Sent mail in Sent of 2024-02-20, 1 attachment(s)")
                            .doesNotContain("Anbei");
                    assertThat(invoice.store()).isEqualTo("mail");
                });
        assertThat(findings).filteredOn(finding -> finding.retentionCategory().equals("voicemail"))
                .singleElement().satisfies(voicemail -> assertThat(voicemail.dataCategories()).contains("voice-recording"));
    }

    @Test
    void aVoicemailFindingCarriesItsArrivalTimeAndTheCallerNumberAsTheProviderWroteIt() throws Exception {
        append(account, "INBOX", message().from("voicemail@sipgate.de").to(account.address()).date(ARRIVED)
                .subject("Neue Sprachnachricht von +49 211 5550202")
                .text("Sie haben eine neue Sprachnachricht von +49 211 5550202 (Länge 0:42).")
                .attachment("nachricht.mp3", "audio/mpeg", new byte[] {1, 2, 3}).build());
        Map<String, IndexedRecord> crawled = crawl();

        List<Finding> findings = mail.find(crawled.keySet().stream()
                .map(reference -> new RecordHit(reference, MatchStrength.STRONG)).toList());

        assertThat(findings).singleElement().satisfies(voicemail -> {
            assertThat(voicemail.retentionCategory()).isEqualTo("voicemail");
            assertThat(voicemail.caller()).isEqualTo("+49 211 5550202");
            // the mail's arrival, to the second: what the provider's records show for the call
            assertThat(voicemail.recordedAt()).isEqualTo(ARRIVED.toInstant());
        });
    }

    @Test
    void aMailThatIsNoVoicemailNamesNoCaller() throws Exception {
        append(account, "INBOX", message().from("jana.becker@example.net").to(account.address())
                .subject("Rückruf bitte: 0211 5550202").text("Danke").date(FEB_20).build());
        Map<String, IndexedRecord> crawled = crawl();

        List<Finding> findings = mail.find(crawled.keySet().stream()
                .map(reference -> new RecordHit(reference, MatchStrength.STRONG)).toList());

        assertThat(findings).singleElement().satisfies(letter -> {
            assertThat(letter.caller()).isNull();
            assertThat(letter.recordedAt()).isNotNull();
        });
    }

    @Test
    void aMailCarryingAnInvoiceHasABusinessLetterBodyAndAVoucherAttachment() throws Exception {
        append(account, "Sent", message().from(account.address()).to("jana.becker@example.net")
                .subject("Ihre Rechnung").text("Anbei die Rechnung zu Ihrem Auftrag.").date(FEB_20)
                .attachment("Rechnung_INV-2024-0007.pdf", "application/pdf", new byte[] {37, 80, 68, 70}).build());
        append(account, "INBOX", message().from("jana.becker@example.net").to(account.address())
                .subject("Unterlagen").date(FEB_20)
                .attachment("Rechnung_123.pdf", "application/pdf", new byte[] {37, 80, 68, 70}).build());

        List<Finding> findings = mail.find(crawl().keySet().stream()
                .map(reference -> new RecordHit(reference, MatchStrength.STRONG)).toList());

        assertThat(findings).extracting(Finding::retentionCategory).containsOnly("accounting-voucher");
        assertThat(findings).extracting(Finding::parts).containsExactlyInAnyOrder(
                List.of(new Finding.Part(Finding.PartKind.BODY, "commercial-letter"),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")),
                List.of(new Finding.Part(Finding.PartKind.BODY, "general-correspondence"),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")));
    }

    @Test
    void aComplaintIsACommercialLetterOnlyFromACustomerWithAnInvoice() throws Exception {
        append(account, "INBOX", message().from("jana.becker@example.net").to(account.address())
                .subject("Beschwerde").text("Die Ware ist mangelhaft.").build());
        List<RecordHit> hits = crawl().keySet().stream()
                .map(reference -> new RecordHit(reference, MatchStrength.STRONG)).toList();
        ImapMailReader withCrm = new ImapMailReader(TestMailboxes.settings(account),
                address -> address.equals("jana.becker@example.net"));
        ImapMailReader crmDown = new ImapMailReader(TestMailboxes.settings(account), address -> {
            throw new StoreUnavailableException("crm", "down");
        });

        assertThat(mail.find(hits)).singleElement().extracting(Finding::retentionCategory)
                .isEqualTo("general-correspondence");
        assertThat(withCrm.find(hits)).singleElement().extracting(Finding::retentionCategory)
                .isEqualTo("commercial-letter");
        // never erased as general correspondence because the CRM could not say
        assertThatThrownBy(() -> crmDown.find(hits)).isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void anAnswerInAnOrderThreadIsACommercialLetter() throws Exception {
        append(account, "Sent", message().from(account.address()).to("jana.becker@example.net")
                .subject("Auftragsbestätigung S00042").text("Wir liefern morgen.").messageId("<order-1@thwien.example>").build());
        append(account, "INBOX", message().from("jana.becker@example.net").to(account.address())
                .subject("Re: Danke").text("Danke!").inReplyTo("<order-1@thwien.example>").build());
        Map<String, IndexedRecord> crawled = crawl();
        String answer = crawled.keySet().stream().filter(reference -> reference.contains("/INBOX;")).findFirst().orElseThrow();

        assertThat(mail.find(List.of(new RecordHit(answer, MatchStrength.STRONG))))
                .singleElement().extracting(Finding::retentionCategory).isEqualTo("commercial-letter");
    }

    @Test
    void theInquiryAndTheOfferThatLedToAnOrderAreBusinessLettersAndTheSamePersonsUnrelatedMailIsNot() throws Exception {
        String customer = "\"Oliver Brandt\" <oliver.brandt@example.com>";
        append(account, "INBOX", message().from(customer).to(account.address()).subject("Anfrage Webhosting Jahrespaket")
                        .text("Guten Tag,\n\nwir bräuchten ein Angebot für: Webhosting Jahrespaket.")
                        .messageId("<anfrage-2@example.com>").build(),
                message().from(customer).to(account.address()).subject("Auftragsbestätigung Webhosting Jahrespaket")
                        .text("hiermit bestätigen wir den Auftrag gemäß Ihrem Angebot.")
                        .messageId("<auftrag-2@example.com>").inReplyTo("<angebot-2@thwien.example>")
                        .references("<anfrage-2@example.com>", "<angebot-2@thwien.example>").build(),
                message().from(customer).to(account.address()).subject("Kurze Frage")
                        .text("können wir nächste Woche telefonieren?").messageId("<frage-2@example.com>").build());
        append(account, "Sent", message().from(account.address()).to(customer).subject("Angebot Webhosting Jahrespaket")
                .text("anbei unser Angebot. Bei Fragen melden Sie sich gern.").messageId("<angebot-2@thwien.example>")
                .inReplyTo("<anfrage-2@example.com>").references("<anfrage-2@example.com>").build());
        List<RecordHit> hits = crawl().keySet().stream()
                .map(reference -> new RecordHit(reference, MatchStrength.STRONG)).toList();
        // he has an invoice: still only mails about a transaction are business letters (LEGAL.md §3)
        ImapMailReader withCrm = new ImapMailReader(TestMailboxes.settings(account),
                address -> address.equals("oliver.brandt@example.com"));

        for (ImapMailReader reader : List.of(mail, withCrm)) {
            Map<String, String> categories = reader.find(hits).stream().collect(Collectors.toMap(
                    finding -> finding.summary().substring(finding.summary().indexOf(": ") + 2),
                    Finding::retentionCategory));

            assertThat(categories).containsOnly(
                    Map.entry("Anfrage Webhosting Jahrespaket", "commercial-letter"),
                    Map.entry("Angebot Webhosting Jahrespaket", "commercial-letter"),
                    Map.entry("Auftragsbestätigung Webhosting Jahrespaket", "commercial-letter"),
                    Map.entry("Kurze Frage", "general-correspondence"));
        }
    }

    @Test
    void anOfferThatLedToNoOrderIsGeneralCorrespondenceWithItsInquiry() throws Exception {
        append(account, "INBOX", message().from("jana.becker@example.net").to(account.address())
                .subject("Anfrage Firewall").text("Was kostet eine Firewall-Konfiguration?")
                .messageId("<anfrage-7@example.net>").build());
        append(account, "Sent", message().from(account.address()).to("jana.becker@example.net")
                .subject("Re: Anfrage Firewall").text("anbei unser Angebot.").inReplyTo("<anfrage-7@example.net>").build());
        List<RecordHit> hits = crawl().keySet().stream()
                .map(reference -> new RecordHit(reference, MatchStrength.STRONG)).toList();

        assertThat(mail.find(hits)).hasSize(2).extracting(Finding::retentionCategory)
                .containsOnly("general-correspondence");
    }

    @Test
    void aMessageDeletedSinceTheCrawlGivesNoFinding() throws Exception {
        append(account, "Archive", message().from("jana.becker@example.net").to(account.address()).subject("x").build());
        Map<String, IndexedRecord> crawled = crawl();
        TestMailboxes.deleteFolder(account, "Archive");

        assertThat(mail.find(crawled.keySet().stream().map(reference -> new RecordHit(reference, MatchStrength.WEAK))
                .toList())).isEmpty();
    }

    @Test
    void aLocateWithManyHitsConfirmsThemWithOneFolderOpenAndOneUidFetchPerFolderOnOneReusedLogin() throws Exception {
        append(account, "INBOX", customerMails(1, 12));
        append(account, "Sent", message().from(account.address()).to("kunde1@example.org").subject("Antwort 1").build(),
                message().from(account.address()).to("kunde2@example.org").subject("Antwort 2").build(),
                message().from(account.address()).to("kunde3@example.org").subject("Antwort 3").build());
        List<RecordHit> hits = crawl().keySet().stream()
                .map(reference -> new RecordHit(reference, MatchStrength.STRONG)).toList();
        try (ImapCommandCounter server = counter()) {
            ImapMailReader counted = new ImapMailReader(TestMailboxes.settings(server.inFrontOf(account)));

            List<Finding> findings = counted.find(hits);

            assertThat(findings).hasSize(15);
            assertThat(server.connections()).isEqualTo(1);
            assertThat(server.folderOpens()).isEqualTo(2);
            assertThat(server.count("UID FETCH")).isEqualTo(2);

            // the next case and the access package's exports log in no more
            assertThat(counted.find(hits)).hasSize(15);
            hits.subList(0, 3).forEach(hit -> assertThat(exported(counted, hit.reference()).fields()).isNotEmpty());
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void answersInAnOrderThreadFindTheirOrdersWithOneFolderOpenPerFolderNotPerAnswer() throws Exception {
        for (int n = 1; n <= 6; n++) {
            append(account, "Sent", message().from(account.address()).to("jana.becker@example.net")
                    .subject("Auftragsbestätigung S0004" + n).text("Wir liefern morgen.")
                    .messageId("<order-" + n + "@thwien.example>").build());
            append(account, "INBOX", message().from("jana.becker@example.net").to(account.address())
                    .subject("Re: Danke " + n).text("Danke!").inReplyTo("<order-" + n + "@thwien.example>").build());
        }
        List<RecordHit> answers = crawl().keySet().stream().filter(reference -> reference.contains("/INBOX;"))
                .map(reference -> new RecordHit(reference, MatchStrength.STRONG)).toList();
        try (ImapCommandCounter server = counter()) {
            ImapMailReader counted = new ImapMailReader(TestMailboxes.settings(server.inFrontOf(account)));

            List<Finding> findings = counted.find(answers);

            assertThat(findings).hasSize(6).extracting(Finding::retentionCategory).containsOnly("commercial-letter");
            // INBOX for the answers, then INBOX and Sent once each for all six orders
            assertThat(server.folderOpens()).isLessThanOrEqualTo(3);
            assertThat(server.connections()).isEqualTo(1);
        }
    }

    @Test
    void aSessionTheServerDroppedIsReplacedByANewLoginAndTheLocateStillAnswers() throws Exception {
        append(account, "INBOX", customerMails(1, 3));
        List<RecordHit> hits = crawl().keySet().stream()
                .map(reference -> new RecordHit(reference, MatchStrength.STRONG)).toList();
        try (ImapCommandCounter server = counter()) {
            ImapMailReader counted = new ImapMailReader(TestMailboxes.settings(server.inFrontOf(account)));
            assertThat(counted.find(hits)).hasSize(3);

            server.dropConnections();

            assertThat(counted.find(hits)).hasSize(3);
            assertThat(server.connections()).isEqualTo(2);
        }
    }

    @Test
    void anExportCarriesHeadersBodyAndAttachmentList() throws Exception {
        append(account, "INBOX", message().from("jana.becker@example.net").to(account.address())
                .cc("lukas.mueller@example.com").subject("Frage").text("Meine Frage lautet …")
                .attachment("foto.jpg", "image/jpeg", new byte[] {1}).build());
        String reference = crawl().keySet().iterator().next();

        ExportedRecord exported = mail.export(reference);

        assertThat(exported.fields()).containsEntry("from", "jana.becker@example.net")
                .containsEntry("cc", "lukas.mueller@example.com")
                .containsEntry("subject", "Frage");
        assertThat((List<?>) exported.fields().get("attachments")).singleElement()
                .isEqualTo(Map.of("fileName", "foto.jpg", "contentType", "image/jpeg", "bytes", 1,
                        "contentBase64", "AQ=="));
        assertThat((String) exported.fields().get("body")).contains("Meine Frage lautet");
    }

    @Test
    void anExportShowsANonAsciiDisplayNameAsWrittenNotAsItsHeaderEncoding() throws Exception {
        MimeMessage stored = message().to(account.address()).subject("Unterlagen").text("Hallo").build();
        stored.setFrom(new InternetAddress("jan.koehler@example.com", "Jan Köhler", "UTF-8"));
        append(account, "INBOX", stored);
        String reference = crawl().keySet().iterator().next();

        ExportedRecord exported = mail.export(reference);

        assertThat(exported.fields()).containsEntry("from", "\"Jan Köhler\" <jan.koehler@example.com>");
    }

    @Test
    void anExportReadsRawUtf8HeadersOnceNotAsLatin1() throws Exception {
        append(account, "INBOX", TestMailboxes.raw(rawHeaderMail(account, StandardCharsets.UTF_8)));
        String reference = crawl().keySet().iterator().next();

        ExportedRecord exported = mail.export(reference);

        assertThat(exported.fields()).containsEntry("from", "\"Ilse Claßen\" <ilse.classen@example.net>")
                .containsEntry("subject", "Rückfrage zur Rechnung für Claßen");
        assertThat(mail.find(List.of(new RecordHit(reference, MatchStrength.STRONG)))).singleElement()
                .satisfies(finding -> assertThat(finding.summary()).endsWith(": Rückfrage zur Rechnung für Claßen"));
    }

    /** A mail whose sender's name and subject are written in 8-bit bytes of the charset, not RFC 2047 encoded. */
    static byte[] rawHeaderMail(MailAccount account, java.nio.charset.Charset charset) {
        return ("From: Ilse Claßen <ilse.classen@example.net>\r\n"
                + "To: " + account.address() + "\r\n"
                + "Subject: Rückfrage zur Rechnung für Claßen\r\n"
                + "Message-ID: <raw-header-1@example.net>\r\n"
                + "Date: Tue, 20 Feb 2024 10:00:00 +0100\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=" + charset.name() + "\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + "Guten Tag, bitte prüfen Sie die Rechnung.\r\n").getBytes(charset);
    }

    @Test
    void anExportCarriesTheMessageExactlyAsStoredWithItsAttachment() throws Exception {
        MimeMessage stored = message().from("jana.becker@example.net").to(account.address()).subject("Rechnung")
                .text("Anbei.").attachment("rechnung.pdf", "application/pdf", new byte[] {37, 80, 68, 70}).build();
        ByteArrayOutputStream asAppended = new ByteArrayOutputStream();
        stored.writeTo(asAppended);
        append(account, "INBOX", stored);
        String reference = crawl().keySet().iterator().next();

        ExportedRecord exported = mail.export(reference);

        String original = new String(exported.original(), StandardCharsets.US_ASCII);
        assertThat(original).contains("Subject: Rechnung", "filename=rechnung.pdf", "%PDF");
        assertThat(original.replace("\r\n", "\n").strip())
                .isEqualTo(asAppended.toString(StandardCharsets.US_ASCII).replace("\r\n", "\n").strip());
    }

    @Test
    void aServerThatIsDownIsAStoreErrorNotAnEmptyAnswer() {
        MailAccount down = new MailAccount("info", "127.0.0.1", 1, false, "x", "y", "x@thwien.example");
        ImapMailReader unreachable = new ImapMailReader(TestMailboxes.settings(down));

        assertThatThrownBy(() -> unreachable.crawl(CrawlCursor.START, record -> { }))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageStartingWith("mail unavailable: account info");
    }

    private static ImapCommandCounter counter() throws Exception {
        return new ImapCommandCounter(TestInfra.get().mailHost(), TestInfra.get().imapPort());
    }

    private static ExportedRecord exported(ImapMailReader reader, String reference) {
        try {
            return reader.export(reference);
        } catch (StoreUnavailableException e) {
            throw new AssertionError(e);
        }
    }

    /** Mails from kunde{first..last}@example.org, each with that customer's phone number 030 200000n in its text. */
    private MimeMessage[] customerMails(int first, int last) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            mails.add(message().from("kunde" + n + "@example.org").to(account.address()).subject("Bestellung " + n)
                    .text("Rückruf bitte unter 030 " + (2_000_000 + n)).build());
        }
        return mails.toArray(MimeMessage[]::new);
    }

    /** The customer number n a record was indexed for, if its e-mail and its phone number (from the text) agree. */
    private static int customerIn(IndexedRecord record) {
        List<Integer> fromEmail = record.identifiers().stream()
                .filter(identifier -> identifier.kind() == IdentifierKind.EMAIL)
                .map(identifier -> Integer.parseInt(identifier.key().replaceAll("\\D", ""))).toList();
        List<Integer> fromPhone = record.identifiers().stream()
                .filter(identifier -> identifier.kind() == IdentifierKind.PHONE)
                .map(identifier -> Integer.parseInt(identifier.key().replace("+4930", "")) - 2_000_000).toList();
        assertThat(fromPhone).as("phone numbers found in the text of " + record.reference()).isEqualTo(fromEmail);
        return fromEmail.get(0);
    }

    /** "KIND key" of every identifier, sorted, then "from …" for inbound mail. */
    private static List<String> keysAndSender(IndexedRecord record) {
        List<String> keys = new ArrayList<>(record.identifiers().stream()
                .map(identifier -> identifier.kind() + " " + identifier.key()).sorted().toList());
        if (record.inboundFrom() != null) {
            keys.add("from " + record.inboundFrom());
        }
        return keys;
    }

    private MimeMessage htmlOnly(String from, String html) throws Exception {
        MimeMessage message = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
        message.setFrom(new jakarta.mail.internet.InternetAddress(from));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, account.address());
        message.setSubject("Angebot", "UTF-8");
        message.setContent(html, "text/html; charset=UTF-8");
        message.setSentDate(ARRIVED);
        message.saveChanges();
        return message;
    }

    private Map<String, IndexedRecord> crawl() throws StoreUnavailableException {
        List<IndexedRecord> records = new ArrayList<>();
        mail.crawl(CrawlCursor.START, records::add);
        return records.stream().collect(Collectors.toMap(IndexedRecord::reference, record -> record));
    }
}

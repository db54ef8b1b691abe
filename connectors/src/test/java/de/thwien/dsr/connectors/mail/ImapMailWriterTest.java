package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreRefusedException;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.connectors.spi.ErasureResult;
import de.thwien.dsr.connectors.spi.Mention;
import de.thwien.dsr.connectors.spi.StoreWriter;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.eclipse.angus.mail.iap.CommandFailedException;
import org.eclipse.angus.mail.iap.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static de.thwien.dsr.connectors.mail.TestMailboxes.append;
import static de.thwien.dsr.connectors.mail.TestMailboxes.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImapMailWriterTest {

    private static final Date MARCH_2018 = Date.from(LocalDate.of(2018, 3, 15).atTime(9, 30)
            .atZone(ZoneId.of("Europe/Berlin")).toInstant());

    private MailAccount account;
    private ImapMailReader reader;
    private ImapMailWriter writer;

    @BeforeEach
    void freshMailbox() {
        account = TestMailboxes.freshAccount();
        reader = new ImapMailReader(TestMailboxes.settings(account));
        writer = new ImapMailWriter(TestMailboxes.settings(account));
    }

    @Test
    void aMailCannotBeRectifiedAndStaysAsItWasReceived() throws Exception {
        append(account, "INBOX",
                message().from("jana.becker@example.net").to(account.address()).subject("Adresse").build());
        String reference = crawl().get(0);

        assertThat(writer.rectifiableFields(reference)).isEmpty();
        assertThatThrownBy(() -> writer.rectify(reference, java.util.Map.of("street", "Neue Straße 5")))
                .isInstanceOf(StoreRefusedException.class).hasMessageContaining("statement");
        assertThat(crawl()).containsExactly(reference);
    }

    @Test
    void erasingExpungesOnlyThatMessage() throws Exception {
        append(account, "INBOX",
                message().from("jana.becker@example.net").to(account.address()).subject("weg damit").build(),
                message().from("lukas.mueller@example.com").to(account.address()).subject("bleibt").build());
        List<String> references = crawl();

        writer.erase(references.get(0));

        assertThat(crawl()).containsExactly(references.get(1));
        writer.erase(references.get(0)); // again: nothing to do
    }

    @Test
    void restrictingMovesIntoTheRestrictedFolderWithOneFixedMarkerAndLiftingMovesBack() throws Exception {
        append(account, "Archive", message().from("jana.becker@example.net").to(account.address())
                .subject("Rechnung").text("Anbei.").build());
        String original = crawl().get(0);

        String restricted = writer.restrict(original, LocalDate.of(2032, 12, 31));

        assertThat(restricted).startsWith(MailReference.folderPrefix("info", MailSettings.DEFAULT_RESTRICTED_FOLDER));
        assertThat(reader.find(List.of(new RecordHit(original, MatchStrength.STRONG)))).isEmpty();
        ExportedRecord kept = reader.export(restricted);
        assertThat(kept.fields()).containsEntry("subject", "Rechnung");
        // the hold date is the erasure service's; the reference it keeps names where the mail came from
        assertThat(TestMailboxes.keywords(account, MailSettings.DEFAULT_RESTRICTED_FOLDER))
                .containsExactly(ImapMailWriter.RESTRICTED_KEYWORD);
        assertThat(MailReference.parse(restricted).origin()).isEqualTo("Archive");
        assertThat(writer.restrict(restricted, LocalDate.of(2032, 12, 31))).isEqualTo(restricted);

        String lifted = writer.lift(restricted);

        assertThat(lifted).startsWith(MailReference.folderPrefix("info", "Archive"));
        assertThat(reader.export(lifted).fields()).containsEntry("subject", "Rechnung");
        assertThat(reader.find(List.of(new RecordHit(restricted, MatchStrength.STRONG)))).isEmpty();
        assertThat(TestMailboxes.keywords(account, "Archive")).noneMatch(keyword -> keyword.startsWith("DSR-"));
    }

    @Test
    void restrictingARestrictedMessageAgainWithAnotherHoldDateChangesNothingOnTheServer() throws Exception {
        append(account, "INBOX", message().from("jana.becker@example.net").to(account.address())
                .subject("Auftrag").build());
        String restricted = writer.restrict(crawl().get(0), LocalDate.of(2028, 12, 31));

        assertThat(writer.restrict(restricted, LocalDate.of(2030, 12, 31))).isEqualTo(restricted);

        assertThat(TestMailboxes.keywords(account, MailSettings.DEFAULT_RESTRICTED_FOLDER))
                .containsExactly(ImapMailWriter.RESTRICTED_KEYWORD);
        assertThat(reader.export(restricted).fields()).containsEntry("subject", "Auftrag");
    }

    @Test
    void liftingALiftedMessageAgainSucceedsWithoutChange() throws Exception {
        append(account, "Archive", message().from("jana.becker@example.net").to(account.address())
                .subject("Rechnung").build());
        String restricted = writer.restrict(crawl().get(0), LocalDate.of(2032, 12, 31));
        String lifted = writer.lift(restricted);

        assertThat(writer.lift(restricted)).isEqualTo(restricted);

        assertThat(crawl()).containsExactly(lifted);
        assertThat(TestMailboxes.keywords(account, "Archive")).isEmpty();
    }

    @Test
    void everyKeywordTheWriterSetsFitsDovecotsFiftyCharacterLimitWhateverTheFolderIsCalled() throws Exception {
        String longName = "Korrespondenz Lieferanten und Kunden 2018 bis 2024";
        String nonAscii = "Geschäftsbriefe Überweisungen Grüße";
        append(account, longName, message().from("jana.becker@example.net").to(account.address())
                .subject("Rechnung").attachment("Rechnung.pdf", "application/pdf", new byte[] {1}).build());
        append(account, nonAscii, message().from("jana.becker@example.net").to(account.address())
                .subject("Überweisung").build());
        List<String> references = crawl();

        String restricted = writer.restrict(references.get(0), LocalDate.of(2032, 12, 31));
        String other = writer.restrict(references.get(1), LocalDate.of(2032, 12, 31));
        writer.erasePart(restricted, Finding.PartKind.BODY);

        List<String> keywords = new ArrayList<>(TestMailboxes.keywords(account, MailSettings.DEFAULT_RESTRICTED_FOLDER));
        assertThat(keywords).isNotEmpty().allSatisfy(keyword -> assertThat(keyword).hasSizeLessThanOrEqualTo(50));
        assertThat(writer.lift(other)).startsWith(MailReference.folderPrefix("info", nonAscii));
        assertThat(TestMailboxes.keywords(account, nonAscii)).isEmpty();
    }

    @Test
    void restrictingAgainWithAnOldReferenceWithoutMessageIdAfterTheMessageMovedIsARefusalNamingTheRestrictedFolder()
            throws Exception {
        append(account, "Archive", message().from("jana.becker@example.net").to(account.address())
                .subject("Rechnung").text("Anbei.").build());
        String original = withoutMessageId(crawl().get(0)); // as indexed before references named the Message-ID
        String restricted = writer.restrict(original, LocalDate.of(2032, 12, 31));

        // nothing on the server says which restricted mail came from where (no per-message keywords, see the class):
        // the assistant is asked, instead of the service retrying for ever
        assertThatThrownBy(() -> writer.restrict(original, LocalDate.of(2032, 12, 31)))
                .isInstanceOf(StoreRefusedException.class)
                .hasMessageContaining(MailSettings.DEFAULT_RESTRICTED_FOLDER)
                .hasMessageNotContaining("jana");
        assertThat(reader.export(restricted).fields()).containsEntry("subject", "Rechnung");
        assertThat(writer.lift(restricted)).startsWith(MailReference.folderPrefix("info", "Archive"));
        assertThat(TestMailboxes.keywords(account, "Archive")).noneMatch(keyword -> keyword.startsWith("DSR-"));
    }

    @Test
    void theReadersReferencesNameTheMessageId() throws Exception {
        append(account, "INBOX", message().from("jana.becker@example.net").to(account.address())
                .subject("Frage").messageId("<frage/1;2@example.net>").build());

        String reference = crawl().get(0);

        assertThat(MailReference.parse(reference).messageId()).isEqualTo("<frage/1;2@example.net>");
        assertThat(reader.find(List.of(new RecordHit(reference, MatchStrength.STRONG)))).singleElement()
                .extracting(Finding::reference).isEqualTo(reference);
    }

    @Test
    void restrictingAgainWithTheReadersOldReferenceFindsTheMovedMailAndRestrictsItOnce() throws Exception {
        append(account, "Archive", message().from("jana.becker@example.net").to(account.address())
                .subject("Rechnung").text("Anbei.").messageId("<rechnung-2032@example.net>").build());
        String original = crawl().get(0);
        String restricted = writer.restrict(original, LocalDate.of(2032, 12, 31));

        // the erasure service crashed before it kept the new reference: asked again with the old one
        assertThat(writer.restrict(original, LocalDate.of(2032, 12, 31))).isEqualTo(restricted);

        assertThat(TestMailboxes.decodedMessages(account, MailSettings.DEFAULT_RESTRICTED_FOLDER)).hasSize(1);
        assertThat(TestMailboxes.decodedMessages(account, "Archive")).isEmpty();
        assertThat(TestMailboxes.keywords(account, MailSettings.DEFAULT_RESTRICTED_FOLDER))
                .containsExactly(ImapMailWriter.RESTRICTED_KEYWORD);
        assertThat(MailReference.parse(restricted).messageId()).isEqualTo("<rechnung-2032@example.net>");
        assertThat(reader.export(restricted).fields()).containsEntry("subject", "Rechnung");
        assertThat(writer.lift(restricted)).startsWith(MailReference.folderPrefix("info", "Archive"));
    }

    @Test
    void erasingWithTheOldReferenceOfAMailARestrictionMovedErasesItInTheRestrictedFolder() throws Exception {
        append(account, "Archive",
                message().from("jana.becker@example.net").to(account.address()).subject("Rechnung")
                        .messageId("<rechnung-2033@example.net>").build(),
                message().from("lukas.mueller@example.com").to(account.address()).subject("Auftrag")
                        .messageId("<auftrag-2033@example.net>").build());
        List<String> references = crawl();
        writer.restrict(references.get(0), LocalDate.of(2033, 12, 31));
        writer.restrict(references.get(1), LocalDate.of(2033, 12, 31));

        writer.erase(references.get(0));

        assertThat(TestMailboxes.decodedMessages(account, MailSettings.DEFAULT_RESTRICTED_FOLDER)).singleElement()
                .asString().contains("Auftrag").doesNotContain("Rechnung");
    }

    @Test
    void aMailOfAFolderRebuiltSinceIsFoundByItsMessageIdAndAnOldReferenceWithoutOneIsNotActedOn() throws Exception {
        append(account, "Archive", message().from("jana.becker@example.net").to(account.address())
                .subject("Rechnung").messageId("<rechnung-2034@example.net>").build());
        MailReference crawled = MailReference.parse(crawl().get(0));
        MailReference rebuilt = new MailReference(crawled.account(), crawled.folder(), crawled.uidValidity() + 1,
                crawled.uid(), null, crawled.messageId());

        assertThatThrownBy(() -> writer.restrict(withoutMessageId(rebuilt.toString()), LocalDate.of(2034, 12, 31)))
                .isInstanceOf(IllegalStateException.class);
        String restricted = writer.restrict(rebuilt.toString(), LocalDate.of(2034, 12, 31));

        assertThat(reader.export(restricted).fields()).containsEntry("subject", "Rechnung");
        assertThat(TestMailboxes.decodedMessages(account, "Archive")).isEmpty();
    }

    private static String withoutMessageId(String reference) {
        MailReference parsed = MailReference.parse(reference);
        return new MailReference(parsed.account(), parsed.folder(), parsed.uidValidity(), parsed.uid(),
                parsed.origin(), null).toString();
    }

    @Test
    void aNoAnswerOfTheServerIsARefusalUnlessItsCodeSaysItPasses() {
        MailAccount info = account;
        MessagingException cannot = new MessagingException("Keyword length too long",
                new CommandFailedException(new Response("A7 NO [CANNOT] Keyword length too long")));
        MessagingException inUse = new MessagingException("locked",
                new CommandFailedException(new Response("A7 NO [INUSE] Mailbox is locked")));
        MessagingException dropped = new MessagingException("connection dropped");

        assertThatThrownBy(() -> ImapMailWriter.failed(info, "restrict", cannot))
                .isInstanceOf(StoreRefusedException.class).hasMessageContaining("NO [CANNOT] to restrict");
        assertThatCode(() -> assertThat(ImapMailWriter.failed(info, "restrict", inUse))
                .isInstanceOf(StoreUnavailableException.class)).doesNotThrowAnyException();
        assertThatCode(() -> assertThat(ImapMailWriter.failed(info, "restrict", dropped))
                .isInstanceOf(StoreUnavailableException.class)).doesNotThrowAnyException();
    }

    @Test
    void aRestrictedFolderNameWithASlashStopsTheWriterOnAServerThatSeparatesWithADot() throws Exception {
        // GreenMail, like Dovecot with Maildir++, separates folder levels with '.'
        MailSettings slash = new MailSettings(List.of(account), MailClassificationRules.defaults(List.of()),
                "Archiv/Gesperrt", null);

        assertThatThrownBy(() -> ImapMailWriter.open(slash))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("'Archiv/Gesperrt'").hasMessageContaining("'.'");
        assertThat(ImapMailWriter.open(TestMailboxes.settings(account))).isNotNull();
    }

    @Test
    void erasingTheBodyOfARestrictedVoucherMailKeepsOnlyTheAttachmentAndTheMinimalHeaders() throws Exception {
        append(account, "Sent", message().from(account.address()).to("jana.becker@example.net")
                .cc("steuerberater@example.com").subject("Ihre Rechnung").text("Anbei die Rechnung, Ihre Hausnummer 7.")
                .messageId("<inv-2018-3@thwien.example>").date(MARCH_2018)
                .attachment("Rechnung_INV-2018-0003.pdf", "application/pdf", new byte[] {37, 80, 68, 70}).build());
        String restricted = writer.restrict(crawl().get(0), LocalDate.of(2026, 12, 31));

        String stripped = writer.erasePart(restricted, Finding.PartKind.BODY);

        assertThat(stripped).startsWith(MailReference.folderPrefix("info", MailSettings.DEFAULT_RESTRICTED_FOLDER))
                .isNotEqualTo(restricted);
        Map<String, Object> kept = reader.export(stripped).fields();
        assertThat(kept).containsEntry("subject", "Ihre Rechnung")
                .containsEntry("messageId", "<inv-2018-3@thwien.example>")
                .containsEntry("date", MARCH_2018.toInstant().toString())
                .containsEntry("to", "jana.becker@example.net")
                .containsEntry("from", account.address())
                .doesNotContainKey("cc");
        assertThat(String.valueOf(kept.get("body"))).doesNotContain("Hausnummer");
        assertThat(kept.get("attachments")).asList().singleElement().asString()
                .contains("Rechnung_INV-2018-0003.pdf");
        assertThat(reader.find(List.of(new RecordHit(restricted, MatchStrength.STRONG)))).isEmpty();
        assertThat(TestMailboxes.keywords(account, MailSettings.DEFAULT_RESTRICTED_FOLDER))
                .contains(ImapMailWriter.RESTRICTED_KEYWORD, ImapMailWriter.STRIPPED_KEYWORD);
        assertThat(MailReference.parse(stripped).origin()).isEqualTo("Sent");
        assertThat(crawl()).containsExactly(asCrawled(stripped));
    }

    @Test
    void erasingTheBodyAgainFindsTheStrippedMessageWhetherAskedWithTheOldOrTheNewReference() throws Exception {
        append(account, "INBOX", message().from("jana.becker@example.net").to(account.address()).subject("Rechnung")
                .text("Bitte prüfen.").attachment("Rechnung.pdf", "application/pdf", new byte[] {1}).build());
        String restricted = writer.restrict(crawl().get(0), LocalDate.of(2026, 12, 31));
        String stripped = writer.erasePart(restricted, Finding.PartKind.BODY);

        // the erasure service died before it recorded the new reference: it asks again with the old one
        assertThat(writer.erasePart(restricted, Finding.PartKind.BODY)).isEqualTo(stripped);
        assertThat(writer.erasePart(stripped, Finding.PartKind.BODY)).isEqualTo(stripped);
        assertThat(crawl()).containsExactly(asCrawled(stripped));
    }

    @Test
    void aCrashBetweenAppendingTheStrippedCopyAndExpungingTheOriginalIsCompletedByTheNextAttempt() throws Exception {
        append(account, "INBOX", message().from("jana.becker@example.net").to(account.address()).subject("Rechnung")
                .text("Bitte prüfen.").attachment("Rechnung.pdf", "application/pdf", new byte[] {1}).build());
        String restricted = writer.restrict(crawl().get(0), LocalDate.of(2026, 12, 31));
        String copy = writer.appendStripped(MailReference.parse(restricted));

        String stripped = writer.erasePart(restricted, Finding.PartKind.BODY);

        assertThat(stripped).isEqualTo(copy);
        assertThat(crawl()).containsExactly(asCrawled(copy));
        assertThat(String.valueOf(reader.export(copy).fields().get("body"))).doesNotContain("prüfen");
    }

    @Test
    void removingOnlyHerMentionReplacesTheThirdPartysMailByACopyWithoutHerNameOrAddressInSubjectPlainAndHtml()
            throws Exception {
        append(account, "INBOX", jansMailMentioningMiriam());
        String original = crawl().get(0);

        String redacted = writer.redact(original, MIRIAM);

        assertThat(redacted).isNotEqualTo(original).startsWith(MailReference.folderPrefix("info", "INBOX"));
        assertThat(crawl()).containsExactly(redacted);
        Map<String, Object> kept = reader.export(redacted).fields();
        assertThat(kept).containsEntry("subject", "Termin mit [entfernt] am Montag")
                .containsEntry("messageId", "<jan-1@koehler.example>")
                .containsEntry("date", MARCH_2018.toInstant().toString())
                .containsEntry("from", "jan.koehler@example.net")
                .containsEntry("to", account.address());
        String server = TestMailboxes.decodedMessages(account, "INBOX").get(0);
        assertThat(server).doesNotContainIgnoringCase("Schulte").doesNotContainIgnoringCase("miriam")
                .contains("Hallo, ich habe mit [entfernt] gesprochen", "Bitte schreiben Sie Frau [entfernt] an"
                        + " ([entfernt]).", "<p>Gru&szlig; an <b>[entfernt]</b> und Herrn Weber</p>",
                        "Jan Köhler", "text/html", "X-DSR-Redaction-Of")
                .doesNotContain("Protokoll.pdf");
        assertThat(MIRIAM.isIn(String.valueOf(kept.get("body")))).isFalse();
    }

    @Test
    void redactingAgainWithTheOldOrTheNewReferenceFindsTheCopyAndACrashBeforeTheExpungeIsCompleted() throws Exception {
        append(account, "INBOX", jansMailMentioningMiriam());
        String original = crawl().get(0);
        String redacted = writer.redact(original, MIRIAM);

        assertThat(writer.redact(original, MIRIAM)).isEqualTo(redacted);
        assertThat(writer.redact(redacted, MIRIAM)).isEqualTo(redacted);
        assertThat(crawl()).containsExactly(redacted);
    }

    @Test
    void aStoreThatCannotRedactItsRecordsRefusesSoTheAssistantApprovesOrDeclinesTheWholeRecord() {
        StoreWriter recordings = new StoreWriter() {
            @Override
            public String store() {
                return "greenlight";
            }

            @Override
            public ErasureResult erase(String reference) {
                return ErasureResult.complete();
            }

            @Override
            public String restrict(String reference, LocalDate holdUntil) {
                return reference;
            }

            @Override
            public String lift(String reference) {
                return reference;
            }
        };

        assertThatThrownBy(() -> recordings.redact("recording/1", MIRIAM)).isInstanceOf(StoreRefusedException.class)
                .hasMessageContaining("cannot be redacted");
    }

    private static final Mention MIRIAM = new Mention("Miriam Schulte", "miriam.schulte@example.org", "[entfernt]");

    /** Jan Köhler's mail that names Miriam Schulte in its subject and text, with an attachment. */
    private MimeMessage jansMailMentioningMiriam() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("jan.koehler@example.net"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(account.address()));
        message.setSubject("Termin mit Miriam Schulte am Montag", "UTF-8");
        message.setSentDate(MARCH_2018);
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText("Hallo, ich habe mit MIRIAM\n  SCHULTE gesprochen. Bitte schreiben Sie Frau Schulte an"
                + " (miriam.schulte@example.org).\nGruß, Jan Köhler", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>Gru&szlig; an <b>Miriam&nbsp;Schulte</b> und Herrn Weber</p>", "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", plain, html);
        MimeBodyPart text = new MimeBodyPart();
        text.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource("Miriam Schulte".getBytes(),
                "application/pdf")));
        attachment.setFileName("Protokoll.pdf");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();
        message.setHeader("Message-ID", "<jan-1@koehler.example>");
        return message;
    }

    /** The reader names a restricted mail by where it is; the erasure service's reference also says where from. */
    private static String asCrawled(String reference) {
        return MailReference.parse(reference).withoutOrigin().toString();
    }

    private List<String> crawl() throws Exception {
        List<String> references = new ArrayList<>();
        reader.crawl(CrawlCursor.START, record -> references.add(record.reference()));
        return references;
    }
}

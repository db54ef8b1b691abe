package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreRefusedException;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static de.thwien.dsr.connectors.mail.TestMailboxes.append;
import static de.thwien.dsr.connectors.mail.TestMailboxes.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mail connector against a real Dovecot 2.3 with a master login and Maildir, at Dovecot's default limits: what
 * GreenMail takes and Dovecot refuses shows here (a keyword over 50 characters is {@code NO [CANNOT]}).
 */
class DovecotMailStoreTest {

    /** Over 30 bytes: the per-message keywords of earlier versions, with the folder name in hex, were over 50. */
    private static final String LONG_FOLDER = "Korrespondenz Lieferanten 2018";
    private static final String NON_ASCII_FOLDER = "Geschäftsbriefe Überweisungen";

    private static DovecotServer dovecot;

    private MailAccount account;
    private ImapMailReader reader;
    private ImapMailWriter writer;

    @BeforeAll
    static void startDovecot() throws Exception {
        dovecot = DovecotServer.start();
    }

    @AfterAll
    static void stopDovecot() {
        if (dovecot != null) {
            dovecot.close();
        }
    }

    @BeforeEach
    void freshMailbox() throws Exception {
        account = dovecot.freshAccount();
        reader = new ImapMailReader(TestMailboxes.settings(account));
        writer = ImapMailWriter.open(TestMailboxes.settings(account));
    }

    @Test
    void crawlingFindsTheMailOfEveryFolderExportsNamesAsWrittenAndErasingExpungesOnlyThatMail() throws Exception {
        append(account, "INBOX", message().from("jan.koehler@example.net", "Jan Köhler").to(account.address())
                .subject("Anfrage").build());
        append(account, NON_ASCII_FOLDER, message().from("lukas.mueller@example.com").to(account.address())
                .subject("bleibt").build());
        List<String> references = crawl();
        assertThat(references).hasSize(2);
        String koehler = references.stream().filter(r -> r.startsWith(MailReference.folderPrefix("info", "INBOX")))
                .findFirst().orElseThrow();

        assertThat(reader.export(koehler).fields()).containsEntry("from", "\"Jan Köhler\" <jan.koehler@example.net>");
        writer.erase(koehler);
        writer.erase(koehler); // again: nothing to do

        assertThat(crawl()).singleElement().asString()
                .startsWith(MailReference.folderPrefix("info", NON_ASCII_FOLDER));
    }

    @Test
    void anExportReadsRawLatin1HeadersAsLatin1() throws Exception {
        // GreenMail stores raw Latin-1 header bytes as U+FFFD; Dovecot keeps the bytes as sent
        append(account, "INBOX", TestMailboxes.raw(
                ImapMailReaderTest.rawHeaderMail(account, java.nio.charset.StandardCharsets.ISO_8859_1)));
        String reference = crawl().get(0);

        assertThat(reader.export(reference).fields())
                .containsEntry("from", "\"Ilse Claßen\" <ilse.classen@example.net>")
                .containsEntry("subject", "Rückfrage zur Rechnung für Claßen");
    }

    @Test
    void restrictingFromLongAndNonAsciiFoldersAndLiftingTwiceStaysWithinDovecotsKeywordLimits() throws Exception {
        append(account, LONG_FOLDER, message().from("jana.becker@example.net").to(account.address())
                .subject("Rechnung").text("Bitte prüfen.").attachment("Rechnung.pdf", "application/pdf", new byte[] {1})
                .build());
        append(account, NON_ASCII_FOLDER, message().from("jana.becker@example.net").to(account.address())
                .subject("Überweisung").build());
        List<String> references = crawl();
        String invoice = references.stream().filter(r -> r.startsWith(MailReference.folderPrefix("info", LONG_FOLDER)))
                .findFirst().orElseThrow();
        String transfer = references.stream().filter(r -> !r.equals(invoice)).findFirst().orElseThrow();

        String restrictedInvoice = writer.restrict(invoice, LocalDate.of(2032, 12, 31));
        String restrictedTransfer = writer.restrict(transfer, LocalDate.of(2028, 12, 31));
        String strippedInvoice = writer.erasePart(restrictedInvoice, Finding.PartKind.BODY);

        assertThat(TestMailboxes.keywords(account, MailSettings.DEFAULT_RESTRICTED_FOLDER))
                .contains(ImapMailWriter.RESTRICTED_KEYWORD)
                .allSatisfy(keyword -> assertThat(keyword).hasSizeLessThanOrEqualTo(50));
        assertThat(reader.find(List.of(new RecordHit(invoice, MatchStrength.STRONG),
                new RecordHit(transfer, MatchStrength.STRONG)))).isEmpty();

        String liftedInvoice = writer.lift(strippedInvoice);
        String liftedTransfer = writer.lift(restrictedTransfer);
        assertThat(writer.lift(strippedInvoice)).isEqualTo(strippedInvoice);
        assertThat(writer.lift(restrictedTransfer)).isEqualTo(restrictedTransfer);

        assertThat(liftedInvoice).startsWith(MailReference.folderPrefix("info", LONG_FOLDER));
        assertThat(liftedTransfer).startsWith(MailReference.folderPrefix("info", NON_ASCII_FOLDER));
        assertThat(reader.export(liftedTransfer).fields()).containsEntry("subject", "Überweisung");
        assertThat(crawl()).containsExactlyInAnyOrder(liftedInvoice, liftedTransfer);
        assertThat(TestMailboxes.keywords(account, LONG_FOLDER)).noneMatch(keyword -> keyword.startsWith("DSR-"));
        // the marker is dropped before the move back: the origin folder's Maildir never learns it
        Path keywords = dovecot.maildir(account, LONG_FOLDER).resolve("dovecot-keywords");
        assertThat(Files.exists(keywords) ? Files.readString(keywords) : "").doesNotContain("DSR-restricted");
    }

    @Test
    void restrictingAgainWithTheReadersOldReferenceAfterTheMoveFindsTheMovedMailByItsMessageId() throws Exception {
        append(account, NON_ASCII_FOLDER, message().from("jana.becker@example.net").to(account.address())
                .subject("Überweisung").messageId("<ueberweisung-2028@example.net>").build());
        String original = crawl().get(0);
        assertThat(MailReference.parse(original).messageId()).isEqualTo("<ueberweisung-2028@example.net>");
        String restricted = writer.restrict(original, LocalDate.of(2028, 12, 31));

        // the erasure service crashed before it kept the new reference: asked again with the old one
        assertThat(writer.restrict(original, LocalDate.of(2028, 12, 31))).isEqualTo(restricted);
        assertThat(TestMailboxes.decodedMessages(account, MailSettings.DEFAULT_RESTRICTED_FOLDER)).hasSize(1);
        assertThat(TestMailboxes.keywords(account, MailSettings.DEFAULT_RESTRICTED_FOLDER))
                .containsExactly(ImapMailWriter.RESTRICTED_KEYWORD);
        assertThat(writer.lift(restricted)).startsWith(MailReference.folderPrefix("info", NON_ASCII_FOLDER));
    }

    @Test
    void aRestrictedFolderNameDovecotCannotCreateStopsTheWriterAtOpeningAndIsARefusalNotAnOutage() throws Exception {
        append(account, "INBOX", message().from("jana.becker@example.net").to(account.address())
                .subject("Rechnung").build());
        String reference = crawl().get(0);
        MailSettings slash = new MailSettings(List.of(account), MailClassificationRules.defaults(List.of()),
                "Archiv/Gesperrt", null);

        assertThatThrownBy(() -> ImapMailWriter.open(slash)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("'Archiv/Gesperrt'").hasMessageContaining("'.'");
        // a writer made without that check: Dovecot answers NO [CANNOT] to the CREATE
        assertThatThrownBy(() -> new ImapMailWriter(slash).restrict(reference, LocalDate.of(2032, 12, 31)))
                .isInstanceOf(StoreRefusedException.class).hasMessageContaining("did not create the folder");
        assertThat(crawl()).containsExactly(reference);
    }

    private List<String> crawl() throws Exception {
        List<String> references = new ArrayList<>();
        reader.crawl(CrawlCursor.START, record -> references.add(record.reference()));
        return references;
    }
}

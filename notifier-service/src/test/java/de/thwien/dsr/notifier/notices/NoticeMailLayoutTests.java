package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.NotifierTestKit.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.CaseEvents.RejectionReason;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.notifier.assistant.AlertNotice;
import de.thwien.dsr.notifier.assistant.DeadLetterLine;
import de.thwien.dsr.notifier.assistant.DigestLine;
import de.thwien.dsr.notifier.assistant.AttentionLine;
import de.thwien.dsr.notifier.assistant.DigestNotice;
import de.thwien.dsr.notifier.delivery.NoticeBook;
import de.thwien.dsr.platform.text.HtmlText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notice kind in both languages, sent over SMTP and read back over IMAP with Jakarta Mail as a mail client
 * reads it. The HTML part is the layout: its paragraphs flow in the reader's window and break only at a paragraph,
 * a {@code <br>} or a list item. The text part has to break exactly there too: a paragraph is one line, so no
 * client shows a sentence cut in the middle (the hard wrap of a 78-column template read as ragged half-lines in
 * narrow and wide windows alike), and both parts say the same.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class NoticeMailLayoutTests {

    private static final String CASE_ID = "1234abcd-0000-4000-8000-000000000000";

    @Inject
    NoticeRenderer renderer;

    @Inject
    NoticeBook book;

    @ConfigProperty(name = "dsr.mail.host")
    String mailHost;

    @ConfigProperty(name = "dsr.mail.imap-port")
    int imapPort;

    static Stream<Arguments> everyNotice() {
        return Arrays.stream(NoticeKind.values()).flatMap(kind -> Arrays.stream(NoticeLanguage.values())
                .map(language -> Arguments.of(kind, language)));
    }

    @ParameterizedTest
    @MethodSource("everyNotice")
    void textPartBreaksLinesOnlyWhereTheHtmlPartDoesAndSaysTheSame(NoticeKind kind, NoticeLanguage language)
            throws Throwable {
        String address = NotifierTestKit.uniqueAddress();
        RenderedNotice notice = renderer.render(kind, language, sample(kind, language));

        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> book.record(new NoticeBook.Intent(
                NotifierTestKit.newCaseId(), kind, UUID.randomUUID(), new Person(address, "Erika Mustermann"),
                language.code(), notice, null))));

        Parts mail = await().atMost(PATIENCE).until(() -> received(address), parts -> parts != null);
        assertThat(lines(mail.text())).as("lines of the text part against the lines of the HTML part")
                .containsExactlyElementsOf(lines(HtmlText.of(mail.html())));
        assertThat(mail.ccHeaders()).as("Cc headers").isEmpty();
    }

    /**
     * A line as the reader sees it: without the list dash of the text part (a bullet in HTML) and its indentation,
     * blanks as one space; blank lines (the text part's paragraph gaps) are not lines.
     */
    private static List<String> lines(String text) {
        return text.lines().map(line -> line.strip().replaceAll("\\s+", " "))
                .map(line -> line.startsWith("- ") ? line.substring(2) : line)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** What a mail client shows of the one message for the address: both parts, and its Cc headers. */
    private record Parts(String text, String html, List<String> ccHeaders) {
    }

    private Parts received(String address) throws MessagingException, IOException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(mailHost, imapPort, address, "secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                Message[] messages = inbox.getMessages();
                if (messages.length == 0) {
                    return null;
                }
                assertThat(messages).as("mails for one notice").hasSize(1);
                List<String> texts = new ArrayList<>();
                List<String> htmls = new ArrayList<>();
                collect(messages[0], texts, htmls);
                assertThat(texts).as("text/plain parts").hasSize(1);
                assertThat(htmls).as("text/html parts").hasSize(1);
                String[] cc = messages[0].getHeader("Cc");
                return new Parts(texts.get(0), htmls.get(0), cc == null ? List.of() : List.of(cc));
            } finally {
                inbox.close(false);
            }
        }
    }

    private static void collect(Part part, List<String> texts, List<String> htmls)
            throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            texts.add(part.getContent().toString().replace("\r\n", "\n"));
        } else if (part.isMimeType("text/html")) {
            htmls.add(part.getContent().toString());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), texts, htmls);
            }
        }
    }

    /** The notice's data with every optional block that kind has, so that each paragraph is rendered. */
    private static Object sample(NoticeKind kind, NoticeLanguage language) {
        return switch (kind) {
            case ACKNOWLEDGEMENT -> new AcknowledgementNotice("DSR-1234ABCD", "Erika Mustermann",
                    language.requestType(RequestType.ACCESS), language.date(LocalDate.parse("2026-03-05")),
                    language.date(LocalDate.parse("2026-04-07")), "https://thwien.de/status/token");
            case VERIFICATION_LINK, VERIFICATION_REMINDER -> new VerificationNotice("DSR-1234ABCD",
                    "Erika Mustermann", language.requestType(RequestType.ACCESS),
                    "https://thwien.de/verify/secret-token", language.dateTime(Instant.parse("2026-03-12T13:30:00Z")));
            case FIRST_CONTACT -> new FirstContactNotice("Erika Mustermann");
            case EXTENSION -> new ExtensionNotice("DSR-1234ABCD", "Erika Mustermann",
                    language.date(LocalDate.parse("2026-04-07")), language.date(LocalDate.parse("2026-06-05")),
                    "Daten in drei Systemen, zwei davon archiviert.");
            case ACCESS_ANSWER -> new AccessAnswerNotice("DSR-1234ABCD", "Erika Mustermann",
                    "https://thwien.de/p/token-xyz", language.dateTime(Instant.parse("2026-04-01T10:00:00Z")));
            case ERASURE_CONFIRMATION -> ErasureEventNotices.confirmation(
                    withAnItemTheAssistantDeclined(RequestType.ERASURE, language), language);
            case CONSENT_WITHDRAWAL_CONFIRMATION -> ErasureEventNotices.confirmation(
                    withAnItemTheAssistantDeclined(RequestType.CONSENT_WITHDRAWAL, language), language);
            case IDENTITY_NOT_CONFIRMED -> new IdentityNotConfirmedNotice("DSR-1234ABCD", null,
                    language.requestType(RequestType.ERASURE), language.date(LocalDate.parse("2026-03-05")));
            case REFUSAL -> new RefusalNotice("DSR-1234ABCD", "Erika Mustermann",
                    language.rejectionReason(RejectionReason.EXCESSIVE),
                    "Vierte gleichlautende Anfrage in diesem Monat.");
            case ASSISTANT_DIGEST -> new DigestNotice(language.date(LocalDate.parse("2026-04-01")),
                    List.of(new DigestLine("DSR-AAAA1111", "a", language.requestType(RequestType.ACCESS), "VERIFIED",
                            language.date(LocalDate.parse("2026-04-07")), 6)),
                    List.of(new DigestLine("DSR-BBBB2222", "b", language.requestType(RequestType.ERASURE),
                            "RECEIVED", language.date(LocalDate.parse("2026-03-30")), 2)),
                    List.of(new DeadLetterLine("dsr.cases.dlq", 2)),
                    List.of(new AttentionLine("DSR-CCCC3333", "c", language.requestType(RequestType.ACCESS),
                            "DELIVERY_FAILED", "1. April 2026, 09:00 Uhr")), 3L);
            case ASSISTANT_ALERT -> new AlertNotice("DSR-1234ABCD", CASE_ID, "ACCESS_ANSWER", 5,
                    "io.vertx.core.VertxException", "1. April 2026, 12:00 Uhr");
        };
    }

    /** {@link NotifierTestKit#recordsErased} and a record kept for legal claims: the notice adds Art. 12(4). */
    private static ErasureEvents.RecordsErased withAnItemTheAssistantDeclined(RequestType type,
            NoticeLanguage language) {
        ErasureEvents.RecordsErased erased = NotifierTestKit.recordsErased(CASE_ID, type, language.code(),
                "erika@example.org");
        ErasureEvents.PlanItem claims = new ErasureEvents.PlanItem("crm", "res_partner/7/mail_message/12",
                "commercial-letter", ErasureEvents.PlannedAction.KEEP, null, "Art. 6(1)(b) GDPR",
                "Lieferung 4711 ist Gegenstand einer Klage", false, LocalDate.parse("2025-05-05"),
                ErasureEvents.ReasonCode.LEGAL_CLAIMS, List.of(ErasureEvents.ProcessingBasis.CONTRACT));
        List<ErasureEvents.PlanItem> kept = new ArrayList<>(erased.kept());
        kept.add(claims);
        return new ErasureEvents.RecordsErased(erased.caseId(), erased.requestType(), erased.language(),
                erased.records(), erased.restricted(), kept, erased.continuing(), erased.recipientsInformed(),
                erased.personal());
    }
}

package de.thwien.dsr.notifier.notices;

import static de.thwien.dsr.notifier.NotifierTestKit.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.notifier.delivery.NoticeBook;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.params.ParameterizedTest;
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

    @Inject
    NoticeRenderer renderer;

    @Inject
    NoticeBook book;

    @ConfigProperty(name = "dsr.mail.host")
    String mailHost;

    @ConfigProperty(name = "dsr.mail.imap-port")
    int imapPort;

    @ParameterizedTest
    @MethodSource("de.thwien.dsr.notifier.notices.NoticeSamples#everyKindInEveryLanguage")
    void textPartBreaksLinesOnlyWhereTheHtmlPartDoesAndSaysTheSame(NoticeKind kind, NoticeLanguage language)
            throws Throwable {
        String address = NotifierTestKit.uniqueAddress();
        RenderedNotice notice = renderer.render(kind, language, NoticeSamples.of(kind, language));

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
}

package de.thwien.dsr.connectors.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageContentTest {

    @Test
    void htmlOnlyMessageIsReadWithItsEntitiesDecodedAndLineBreaksKept() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setText("<html><head><style>p{}</style></head><body><p>Bitte um L&ouml;schung,<br>"
                + "J&#228;rgen &amp; Gr&uuml;&szlig;e</p><div>Rechnung <b>4711</b></div></body></html>",
                "UTF-8", "html");
        message.saveChanges();

        assertThat(MessageContent.of(message, 10_000).text())
                .isEqualTo("Bitte um Löschung,\nJärgen & Grüße\nRechnung 4711");
    }
}

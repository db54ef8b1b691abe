package de.thwien.dsr.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RequestMailTextTest {

    private static MimeMessage mail(String contentType, String text, Charset bytesOf) throws Exception {
        byte[] raw = ("From: anna@example.org\r\nSubject: Anfrage\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType
                + "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n").getBytes(bytesOf);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    @Test
    void textInACharsetJavaDoesNotKnowIsReadAsUtf8WhenItsBytesAreUtf8() throws Exception {
        MimeMessage mail = mail("text/plain; charset=x-unknown-garbage", "Bitte löschen – danke", StandardCharsets.UTF_8);

        assertThat(RequestMail.textOf(mail)).contains("Bitte löschen – danke\r\n");
    }

    @Test
    void textInACharsetJavaDoesNotKnowIsReadAsIso88591WhenItsBytesAreNoUtf8() throws Exception {
        MimeMessage mail = mail("text/plain; charset=x-unknown-garbage", "Bitte löschen", StandardCharsets.ISO_8859_1);

        assertThat(RequestMail.textOf(mail)).contains("Bitte löschen\r\n");
    }

    @Test
    void htmlInACharsetJavaDoesNotKnowIsReadAsText() throws Exception {
        MimeMessage mail = mail("text/html; charset=x-unknown-garbage", "<p>Bitte <b>l&ouml;schen</b></p>",
                StandardCharsets.US_ASCII);

        assertThat(RequestMail.textOf(mail)).contains("Bitte löschen");
    }

    @Test
    void textInAKnownCharsetIsReadInIt() throws Exception {
        MimeMessage mail = mail("text/plain; charset=ISO-8859-15", "Preis 5 €", Charset.forName("ISO-8859-15"));

        assertThat(RequestMail.textOf(mail)).contains("Preis 5 €\r\n");
    }
}

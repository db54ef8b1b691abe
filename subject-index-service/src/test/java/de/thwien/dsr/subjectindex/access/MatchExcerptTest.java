package de.thwien.dsr.subjectindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchExcerptTest {

    private static Map<String, Object> mailNamingJonas() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("folder", "INBOX");
        fields.put("messageId", "<4711@lieferant.example>");
        fields.put("date", "2026-12-06T09:15:00Z");
        fields.put("from", "Lieferant <info@lieferant.example>");
        fields.put("replyTo", "info@lieferant.example");
        fields.put("to", "info@thwien.de");
        fields.put("subject", "Lieferverzug");
        fields.put("body", "wie mit Herrn Jonas Albrecht-Weidemann besprochen");
        return fields;
    }

    @Test
    void aGermanRequestsExcerptNamesTheFieldsInGermanAndLeavesOutFolderAndMessageId() {
        String excerpt = MatchExcerpt.around("Jonas Albrecht-Weidemann", mailNamingJonas(), "de");

        assertThat(excerpt).contains("Antworten an: info@lieferant.example", "An: info@thwien.de",
                "Betreff: Lieferverzug", "Text: wie mit Herrn Jonas Albrecht-Weidemann besprochen");
        assertThat(excerpt).doesNotContain("to:", "subject:", "body:", "replyTo:", "folder", "INBOX", "messageId",
                "4711@lieferant");
    }

    @Test
    void anEnglishRequestsExcerptNamesTheFieldsInEnglish() {
        String excerpt = MatchExcerpt.around("Jonas Albrecht-Weidemann", mailNamingJonas(), "en");

        assertThat(excerpt).contains("subject: Lieferverzug", "reply to: info@lieferant.example",
                "text: wie mit Herrn Jonas Albrecht-Weidemann besprochen");
        assertThat(excerpt).doesNotContain("body:", "replyTo:", "INBOX");
    }

    @Test
    void theSenderAndTimeAreInWordsOfTheRequestsLanguage() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("folder", "INBOX");
        fields.put("date", "2026-12-06T09:15:00Z");
        fields.put("from", "Lieferant <info@lieferant.example>");
        fields.put("body", "Herr Jonas Albrecht-Weidemann");

        assertThat(MatchExcerpt.around("Jonas Albrecht-Weidemann", fields, "de")).isEqualTo(
                "Datum: 6. Dezember 2026, 10:15 Uhr MEZ · Von: Lieferant <info@lieferant.example>"
                        + " · Text: Herr Jonas Albrecht-Weidemann");
        assertThat(MatchExcerpt.around("Jonas Albrecht-Weidemann", fields, "en")).isEqualTo(
                "date: 6 December 2026, 10:15 CET · from: Lieferant <info@lieferant.example>"
                        + " · text: Herr Jonas Albrecht-Weidemann");
    }

    @Test
    void anHtmlBodyIsShownAsItsTextAroundTheName() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("body", "<p>Herr <b>Jonas</b> Albrecht-Weidemann &amp; Co.</p>");

        assertThat(MatchExcerpt.around("Jonas Albrecht-Weidemann", fields, "de"))
                .isEqualTo("Text: Herr Jonas Albrecht-Weidemann & Co.");
    }
}

package de.thwien.dsr.subjectindex.access;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.HeadlessChromium;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code index.html} of the demo customer's copy as a reader sees it in a real browser (Debian's headless
 * Chromium): the German page shows no store or category id and no English value. With
 * {@code -Daccess-index.screenshot=<file>} it also writes a PNG of the German page there (the README's picture).
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class AccessIndexInBrowserTests {

    @Inject
    AccessIndexPage page;

    @Test
    void theGermanPageShowsNoRawIdAndNoEnglishValueInTheBrowser() throws IOException {
        Path file = written(page.render(DemoCustomerCopy.in("de")));
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            String text = browser.visibleText(file.toUri().toString());

            assertThat(text).contains("Auskunft nach Art. 15 DSGVO", "E-Mail-Postfach",
                    "Kunden- und Rechnungsverwaltung", "Web-Konferenz-Server", "Rechnung INV/2024/0007",
                    "wird am 1. Januar 2028 gelöscht", "wird spätestens am 15. März 2026 gelöscht");
            assertThat(text).as("no raw store ids").doesNotContainPattern("\\b(mail|crm|conference)\\b");
            assertThat(text).as("no raw category, kind or field ids").doesNotContain("accounting-voucher",
                    "commercial-letter", "customer-master-data", "conference-account", "conference-recording",
                    "general-correspondence", "message-content", "res_partner", "account_move", "invoice_date",
                    "amount_total");
            assertThat(text).as("no English values").doesNotContain("GDPR", "(contract)", "consent",
                    "legitimate interest", "Sent mail", "Received mail", "CRM partner", "Recording", "kept until",
                    "erased");
            screenshotIfAsked(browser, file);
        }
    }

    @Test
    void theGermanPageShowsCrmFieldsInWordsWithoutTechnicalIdsTagsOrIsoTimes() throws IOException {
        Path file = written(page.render(DemoCustomerCopy.in("de")));
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            String text = browser.visibleText(file.toUri().toString());

            assertThat(text).contains("Ausgangsrechnung", "gebucht", "Bitte rufen Sie mich zurück.",
                    "Danke & Grüße", "5. März 2017, 10:30 Uhr", "20. Februar 2026, 09:02 Uhr", "10. Juni 2019");
            assertThat(text).as("no technical fields").doesNotContainPattern("(?m)^(id|model|res_id|author_id)\\b");
            assertThat(text).as("no raw values").doesNotContain("res.partner", "out_invoice", "posted",
                    "email_from", "move_type");
            assertThat(text).as("no HTML tags or entities").doesNotContain("<p>", "<br>", "&uuml;", "&amp;");
            assertThat(text).as("no ISO times").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    @Test
    void theEnglishPageIsEnglishInTheBrowser() throws IOException {
        Path file = written(page.render(DemoCustomerCopy.in("en")));
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            String text = browser.visibleText(file.toUri().toString());

            assertThat(text).contains("Access under Art. 15 GDPR", "mailbox", "erased on 1 January 2028");
            assertThat(text).doesNotContain("DSGVO", "wird am", "accounting-voucher");
        }
    }

    private static Path written(String html) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "access-index"));
        Path file = folder.resolve("index.html").toAbsolutePath();
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private static void screenshotIfAsked(HeadlessChromium browser, Path file) throws IOException {
        String target = System.getProperty("access-index.screenshot");
        if (target != null && !target.isBlank()) {
            Files.write(Path.of(target), browser.screenshotOfWholePage(file.toUri().toString(), 1024));
        }
    }
}

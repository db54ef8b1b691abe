package de.thwien.dsr.intake.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The GDPR's German text speaks of a data subject's "Antrag" (Art. 12(3)–(6)), not of an "Anfrage": the requester's
 * and the assistant's pages call it so too.
 */
class PageWordingTest {

    @Test
    void noGermanPageTextCallsTheRequestAnAnfrage() throws IOException {
        assertThat(Files.readString(Path.of("src/main/resources/messages/pages.properties"), StandardCharsets.UTF_8)
                .lines().filter(line -> !line.startsWith("#")))
                .noneMatch(line -> line.toLowerCase().contains("anfrage"));
    }

    @Test
    void theRequesterSeesTheStatusOfHerAntrag() {
        assertThat(PageLanguage.texts("de")).containsEntry("statusTitle", "Stand Ihres Antrags")
                .containsEntry("acceptedTitle", "Antrag eingegangen");
    }
}

package de.thwien.dsr.notifier.wording;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RequestType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The GDPR's German text speaks of an "Antrag" of the data subject (Art. 12(3)–(6)), not of an "Anfrage"; a consent
 * withdrawal is a declaration ("Widerruf"), no request at all. The German notices and words say so.
 */
class GermanRequestWordingTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/notices");
    private static final Path GERMAN_WORDS = Path.of("src/main/resources/messages/notices.properties");

    @Test
    void noGermanNoticeTemplateCallsTheRequestAnAnfrage() throws IOException {
        List<Path> german;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            german = files.filter(file -> file.getFileName().toString().contains(".de.")).toList();
        }
        assertThat(german).isNotEmpty();
        for (Path template : german) {
            assertThat(Files.readString(template, StandardCharsets.UTF_8)).as(template.toString())
                    .doesNotContainIgnoringCase("anfrage");
        }
    }

    @Test
    void noGermanNoticeWordCallsTheRequestAnAnfrage() throws IOException {
        assertThat(Files.readString(GERMAN_WORDS, StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("#"))).noneMatch(line -> line.toLowerCase().contains("anfrage"));
    }

    @ParameterizedTest
    @EnumSource(RequestType.class)
    void theGenitiveOfTheRequestIsTheNounItIsCalledBy(RequestType type) {
        String genitive = NoticeLanguage.DE.yourRequestGenitive(type);

        assertThat(genitive).isEqualTo(switch (type) {
            case CONSENT_WITHDRAWAL -> "Ihres Widerrufs";
            // an objection is a declaration under Art. 21, not an application: "Widerspruch"
            case OBJECTION -> "Ihres Widerspruchs";
            case UNCLASSIFIED -> "Ihres Schreibens zum Datenschutz";
            // a request is named by the right it invokes, not "Ihres Antrags" alone (lawyer review of #18)
            case ACCESS -> "Ihres Antrags auf Auskunft";
            case ERASURE -> "Ihres Antrags auf Löschung";
            case RECTIFICATION -> "Ihres Antrags auf Berichtigung";
            case RESTRICTION -> "Ihres Antrags auf Einschränkung der Verarbeitung";
            case PORTABILITY -> "Ihres Antrags auf Datenübertragbarkeit";
        });
        assertThat(NoticeLanguage.EN.yourRequestGenitive(type)).isNotBlank().doesNotContain("yourRequest")
                .doesNotContain("data protection request");
    }
}

package de.thwien.dsr.notifier.wording;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.CaseEvents.RejectionReason;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RetentionCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The message files a lawyer reviews ({@code messages/notices.properties}, German, and {@code notices_en.properties})
 * and the notice templates ({@code templates/notices}): each word in both languages, each template in both languages
 * as text and HTML, every code of the events worded.
 */
class NoticeMessageFilesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/notices");
    /** {@code <name>.<language>.<format>}, e.g. {@code access-answer.de.txt} or {@code parts/rights.en.html}. */
    private static final Pattern TEMPLATE = Pattern.compile("(.+)\\.(de|en)\\.(txt|html)");

    @Test
    void everyKeyHasItsWordsInGermanAndInEnglish() {
        Map<String, String> german = file("messages/notices.properties");
        Map<String, String> english = file("messages/notices_en.properties");

        assertThat(english.keySet()).as("keys of notices_en.properties").isEqualTo(german.keySet());
        german.forEach((key, words) -> assertThat(words).as(key).isNotBlank());
        english.forEach((key, words) -> assertThat(words).as(key).isNotBlank());
    }

    @Test
    void bothLanguagesFillInTheSameParts() {
        Map<String, String> german = file("messages/notices.properties");
        Map<String, String> english = file("messages/notices_en.properties");

        german.forEach((key, words) -> assertThat(placeholders(english.getOrDefault(key, "")))
                .as("placeholders of " + key).isEqualTo(placeholders(words)));
    }

    @Test
    void everyTemplateExistsInGermanAndInEnglishAsTextAndAsHtml() throws IOException {
        Set<String> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(Files::isRegularFile).map(file -> TEMPLATES.relativize(file).toString()
                    .replace('\\', '/')).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(templates).isNotEmpty();

        for (String template : templates) {
            Matcher name = TEMPLATE.matcher(template);
            assertThat(name.matches()).as(template + " is named <name>.<de|en>.<txt|html>").isTrue();
            for (String language : List.of("de", "en")) {
                for (String format : List.of("txt", "html")) {
                    assertThat(templates).as("the counterpart of " + template)
                            .contains(name.group(1) + "." + language + "." + format);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(NoticeLanguage.class)
    void everyCodeTheEventsCarryIsWorded(NoticeLanguage language) {
        for (RejectionReason reason : RejectionReason.values()) {
            assertThat(language.rejectionReason(reason)).as(reason.name()).isNotBlank();
        }
        for (RequestType type : RequestType.values()) {
            assertThat(language.yourRequest(type)).as(type.name()).isNotBlank();
            assertThat(language.requestType(type)).as(type.name()).isNotBlank();
        }
        for (ReasonCode code : ReasonCode.values()) {
            assertThat(ItemReasons.kept(code, "stated", language)).as(code.name()).isNotBlank();
        }
        for (RetentionCategory category : RetentionCategory.values()) {
            for (ControllerStatus status : ControllerStatus.values()) {
                assertThat(ProcessingBases.of(List.of(ProcessingBasis.values()), category.id(), status, language))
                        .as(category.name()).isNotBlank();
                assertThat(RetentionLegalBases.of(category.id(), "stated", status, language)).as(category.name())
                        .isNotBlank();
            }
            assertThat(ProcessingPurposes.of(category.id(), "stated", language)).as(category.name())
                    .isNotEqualTo("stated");
            assertThat(RecordDescriptions.of("mail", "imap://info/INBOX", category.id(), null, language))
                    .as(category.name()).isNotBlank();
        }
    }

    private static Set<String> placeholders(String words) {
        Set<String> names = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(words);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    /** The file's own entries, without the German base file's that a ResourceBundle adds to the English. */
    private static Map<String, String> file(String resource) {
        try (InputStream in = NoticeMessageFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> entries = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

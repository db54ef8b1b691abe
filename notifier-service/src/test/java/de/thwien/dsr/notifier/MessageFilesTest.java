package de.thwien.dsr.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message files of every service ({@code src/main/resources/messages/<name>.properties}, German, and
 * {@code <name>_en.properties}), read by the platform's {@code MessageFile}: each key has its words in both
 * languages and fills in the same parts, so no reader ever meets a key or the other language.
 */
class MessageFilesTest {

    private static final List<String> SERVICES = List.of("intake-service", "subject-index-service",
            "erasure-service", "notifier-service");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** Every German (base) message file of the services. */
    static Stream<Path> germanMessageFiles() throws IOException {
        Stream<Path> files = Stream.empty();
        for (String service : SERVICES) {
            Path messages = Path.of("..", service, "src", "main", "resources", "messages");
            if (Files.isDirectory(messages)) {
                List<Path> german;
                try (Stream<Path> listed = Files.list(messages)) {
                    german = listed.filter(file -> file.toString().endsWith(".properties")
                            && !file.getFileName().toString().contains("_")).toList();
                }
                files = Stream.concat(files, german.stream());
            }
        }
        return files;
    }

    @ParameterizedTest
    @MethodSource("germanMessageFiles")
    void everyKeyHasItsWordsInGermanAndInEnglish(Path germanFile) {
        Map<String, String> german = entries(germanFile);
        Map<String, String> english = entries(english(germanFile));

        assertThat(german).as(germanFile.toString()).isNotEmpty();
        assertThat(english.keySet()).as("keys of " + english(germanFile)).isEqualTo(german.keySet());
        german.forEach((key, words) -> assertThat(words).as(key).isNotBlank());
        english.forEach((key, words) -> assertThat(words).as(key).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("germanMessageFiles")
    void bothLanguagesFillInTheSameParts(Path germanFile) {
        Map<String, String> english = entries(english(germanFile));

        entries(germanFile).forEach((key, words) -> assertThat(placeholders(english.getOrDefault(key, "")))
                .as("placeholders of " + key + " in " + germanFile.getFileName()).isEqualTo(placeholders(words)));
    }

    @Test
    void theMessageFilesOfThePagesTheAccessPackageAndTheNoticesAreAllChecked() throws IOException {
        assertThat(germanMessageFiles().map(file -> file.getFileName().toString()))
                .contains("notices.properties", "pages.properties", "access-package.properties");
    }

    private static Path english(Path germanFile) {
        return germanFile.resolveSibling(germanFile.getFileName().toString().replace(".properties", "_en.properties"));
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
    private static Map<String, String> entries(Path file) {
        assertThat(file).as("message file").isRegularFile();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> entries = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

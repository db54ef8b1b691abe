package de.thwien.dsr.notifier.wording;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.CaseEvents.RejectionReason;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RetentionCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The notice templates ({@code templates/notices}) in both languages as text and HTML, and every code of the events
 * worded in both languages from the message files (whose keys {@code MessageFilesTest} compares).
 */
class NoticeWordsInBothLanguagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/notices");
    /** {@code <name>.<language>.<format>}, e.g. {@code access-answer.de.txt} or {@code parts/rights.en.html}. */
    private static final Pattern TEMPLATE = Pattern.compile("(.+)\\.(de|en)\\.(txt|html)");

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
}

package de.thwien.dsr.notifier.notices;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A new notice kind or language is complete only with its templates: for every kind, in every language, a text
 * template with a subject and a text and an HTML template, which render with nothing left unresolved. The
 * templates use no literal braces, so a brace in the output is an expression Qute did not take as one.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class NoticeTemplatesTests {

    @Inject
    Engine engine;

    @Inject
    NoticeRenderer renderer;

    @ParameterizedTest
    @MethodSource("de.thwien.dsr.notifier.notices.NoticeSamples#everyKindInEveryLanguage")
    void everyKindHasATextTemplateWithSubjectAndTextAndAnHtmlTemplateInEveryLanguage(NoticeKind kind,
            NoticeLanguage language) {
        String base = "notices/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + language.code();

        Template text = engine.getTemplate(base + ".txt");
        assertThat(text).as(base + ".txt").isNotNull();
        assertThat(text.getFragment("subject")).as("fragment subject of " + base + ".txt").isNotNull();
        assertThat(text.getFragment("text")).as("fragment text of " + base + ".txt").isNotNull();
        assertThat(engine.getTemplate(base + ".html")).as(base + ".html").isNotNull();
    }

    @ParameterizedTest
    @MethodSource("de.thwien.dsr.notifier.notices.NoticeSamples#everyKindInEveryLanguage")
    void everyKindRendersInEveryLanguageWithNothingLeftUnresolved(NoticeKind kind, NoticeLanguage language) {
        RenderedNotice notice = renderer.render(kind, language, NoticeSamples.of(kind, language));

        Map<String, String> parts = Map.of("subject", notice.subject(), "text", notice.text(), "html", notice.html());
        parts.forEach((name, part) -> assertThat(part).as(name + " of " + kind + " in " + language)
                .isNotBlank().doesNotContain("NOT_FOUND").doesNotContain("{").doesNotContain("}"));
    }

    @ParameterizedTest
    @MethodSource("de.thwien.dsr.notifier.notices.NoticeSamples#everyKindInEveryLanguage")
    void everyKindRendersInEveryLanguageWithTheWordsOfTheMessageFilesNotTheirKeys(NoticeKind kind,
            NoticeLanguage language) throws IOException {
        RenderedNotice notice = renderer.render(kind, language, NoticeSamples.of(kind, language));
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/notices.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(messages.stringPropertyNames()).isNotEmpty().allSatisfy(key -> assertThat(
                notice.subject() + notice.text() + notice.html()).as(kind + " in " + language).doesNotContain(key));
    }
}

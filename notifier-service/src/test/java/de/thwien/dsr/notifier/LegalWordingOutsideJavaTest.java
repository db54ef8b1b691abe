package de.thwien.dsr.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build check of STYLE 15: words a lawyer reviews live in message files or templates, one per language, never in
 * Java. It reads every string literal in {@code src/main/java} of the services and the libraries they run (comments
 * are no literals) and fails on German legal wording: a literal in German words or German citations ("DSGVO",
 * "Abs.", "Sie", "Ihre" ...), or one citing an article or a section without being English (an English API text such as
 * a problem+json detail, a log line or the erasure-service's own legal-basis shorthand, which cites the GDPR). The
 * requester's own words a classifier looks for are regular expressions and stay where they are matched.
 */
class LegalWordingOutsideJavaTest {

    /** The services and the libraries in their runtime; deploy/* holds demo data and simulated requesters' mail. */
    private static final List<String> MODULES = List.of("intake-service", "subject-index-service", "erasure-service",
            "notifier-service", "connectors", "events/contracts", "events/platform");

    private static final Pattern GERMAN = Pattern.compile("DSGVO|\\bAbs\\.|\\blit\\. [a-f]\\b|\\bSatz \\d"
            + "|\\b(Sie|Ihre[nmrs]?|Ihr|Ihnen|wir|Wir|uns|unsere[nmrs]?|nicht|gemäß|bzw\\.)\\b");
    private static final Pattern CITATION = Pattern.compile("\\bArt\\. ?\\d|§");
    private static final Pattern ENGLISH = Pattern.compile("\\b(GDPR|Section|the|of|under)\\b");
    /** A classifier's pattern of what a requester may write: groups, alternatives, optional parts, classes. */
    private static final Pattern REGULAR_EXPRESSION = Pattern.compile("\\(\\?|\\)\\?|\\||\\\\[bsdwp]|\\[");

    @Test
    void noJavaStringLiteralOfAServiceHoldsGermanLegalWording() {
        List<String> found = new ArrayList<>();
        for (String module : MODULES) {
            Path sources = Path.of("..", module, "src", "main", "java");
            assertThat(sources).as("sources of " + module).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    for (JavaLiterals.Literal literal : JavaLiterals.in(read(file))) {
                        if (legalWording(literal.text())) {
                            found.add(module + "/" + sources.relativize(file) + ":" + literal.line() + " \""
                                    + literal.text() + "\"");
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        assertThat(found).as("German legal wording in Java; put it into a message file or a template").isEmpty();
    }

    @Test
    void theCheckTellsGermanLegalWordingFromEnglishApiTextsAndClassifierPatterns() {
        assertThat(legalWording("Die Anfrage ist offenkundig unbegründet (Art. 12 Abs. 5 DSGVO).")).isTrue();
        assertThat(legalWording("Ihren Antrag auf Löschung (Art. 17 DSGVO)")).isTrue();
        assertThat(legalWording("§ 147 Abs. 1 Nr. 4, Abs. 3 AO")).isTrue();
        assertThat(legalWording("Wir verwenden sie nur, um diese Pflicht zu erfüllen")).isTrue();
        assertThat(legalWording(" vom ")).isFalse();
        assertThat(legalWording("Art. 12(4) GDPR: a refusal must be told within one month of receipt")).isFalse();
        assertThat(legalWording("Art. 6(1)(b) GDPR (contract); kept under Art. 6(1)(c) GDPR (§147 AO, §257 HGB)"))
                .isFalse();
        assertThat(legalWording(" (refused after the Art. 12(4) month, which ended on ")).isFalse();
        assertThat(legalWording("nehme(n)? (ich |wir )?(ihr |das )?angebot an")).isFalse();
        assertThat(JavaLiterals.in("""
                // "Ihre Daten" in a comment
                /* "Sie" in a block */ String s = "a \\" quote"; char c = '"'; String t = \"""
                    Ihre Daten
                    \""";
                """)).extracting(JavaLiterals.Literal::text)
                .containsExactly("a \\\" quote", "\n    Ihre Daten\n    ");
    }

    private static boolean legalWording(String literal) {
        if (REGULAR_EXPRESSION.matcher(literal).find()) {
            return false;
        }
        return GERMAN.matcher(literal).find()
                || CITATION.matcher(literal).find() && !ENGLISH.matcher(literal).find();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string literals and text blocks of a Java source, with their line, skipping comments and char literals. */
    static final class JavaLiterals {

        record Literal(String text, int line) {
        }

        private JavaLiterals() {
        }

        static List<Literal> in(String source) {
            List<Literal> literals = new ArrayList<>();
            int line = 1;
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    i = end(source, source.indexOf('\n', i));
                } else if (source.startsWith("/*", i)) {
                    int close = source.indexOf("*/", i + 2);
                    int end = close < 0 ? source.length() : close + 2;
                    line += lines(source, i, end);
                    i = end;
                } else if (source.startsWith("\"\"\"", i)) {
                    int end = closing(source, i + 3, "\"\"\"");
                    literals.add(new Literal(source.substring(end(source, source.indexOf('\n', i)), end), line));
                    line += lines(source, i, end);
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    int end = closing(source, i + 1, String.valueOf(c));
                    if (c == '"') {
                        literals.add(new Literal(source.substring(i + 1, end), line));
                    }
                    i = end + 1;
                } else {
                    line += c == '\n' ? 1 : 0;
                    i++;
                }
            }
            return literals;
        }

        /** Where the unescaped {@code quote} that closes a literal starting at {@code from} is. */
        private static int closing(String source, int from, String quote) {
            int i = from;
            while (i < source.length() && !source.startsWith(quote, i)) {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            return Math.min(i, source.length());
        }

        /** The index, or the source's end when it is not found (-1). */
        private static int end(String source, int index) {
            return index < 0 ? source.length() : index;
        }

        private static int lines(String source, int from, int to) {
            return (int) source.substring(from, Math.min(to, source.length())).chars().filter(ch -> ch == '\n').count();
        }
    }
}

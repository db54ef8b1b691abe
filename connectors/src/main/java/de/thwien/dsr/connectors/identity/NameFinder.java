package de.thwien.dsr.connectors.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full names of people written in free text (a mail body), for WEAK name keys. German capitalises
 * every noun, so "two capitalised words" alone would make "Rechnung Nummer" a name; a name is only
 * read where something says a person follows:
 * <ol>
 *   <li><b>salutation</b>: "Herr", "Herrn", "Frau", "Hr.", "Fr.", optionally academic titles
 *       ("Dr.", "Prof."), then the name, anywhere in the text, also across a wrapped line
 *       ("wie mit Herrn Jonas Albrecht-Weidemann besprochen");</li>
 *   <li><b>greeting line</b>: a line starting "Hallo", "Hi", "Liebe(r)", "Sehr geehrte(r)", "Guten Tag",
 *       "Dear" …, optionally "Frau/Herr", then the name and a comma, "!" or the line's end;</li>
 *   <li><b>signature</b>: the first non-empty line (within three) after a closing formula ("Mit freundlichen
 *       Grüßen", "Viele Grüße", "Best regards" …), optionally after "i. A."/"i. V.", when it holds only
 *       the name;</li>
 *   <li><b>given name</b>: a given name from {@code given-names.txt} followed by a capitalised word, anywhere
 *       ("Jonas Albrecht-Weidemann hat angerufen").</li>
 * </ol>
 * A name is two or three capitalised words (each may be hyphenated: "Albrecht-Weidemann"; letters of
 * any script, umlauts included; an all-capitals word like "GmbH" or "MUSTER" is none), with particles
 * ("von", "van", "de", "zu" …) between them. Of three words both the first two and all three are
 * returned: "Frau Anna Schmidt Rücksprache" cannot tell a middle name from a following noun. A title
 * with a surname only ("Frau Becker") gives nothing: one word would give no name key
 * ({@link NameNormaliser}) and would match every namesake.
 */
public final class NameFinder {

    private static final String WORD_PART = "\\p{Lu}[\\p{L}'’]*\\p{Ll}";
    /** A capitalised word, possibly hyphenated, not followed by more letters or digits; "Frau" is none. */
    private static final String WORD = "(?!(?:Herrn?|Frau)(?![\\p{L}]))" + WORD_PART + "(?:-" + WORD_PART
            + ")*(?![\\p{L}\\p{N}])";
    private static final String PARTICLE = "(?:von|van|vom|zu|zum|zur|de|der|den|del|di|da|du|ten|ter|le|la)";
    private static final String SPACE = "[ \\t\\u00A0]+";
    /** Spaces, or one line break with spaces around it (a name wrapped at the line's end). */
    private static final String SPACE_OR_WRAP = "(?:[ \\t\\u00A0]+(?:\\r?\\n[ \\t\\u00A0]*)?|\\r?\\n[ \\t\\u00A0]*)";
    private static final String ACADEMIC = "(?:(?:Prof|Dr|Mag|Dipl\\.-[\\p{L}]+)\\.(?:[ \\t\\u00A0]*(?:med|phil|jur|rer\\.[ \\t\\u00A0]*nat)\\.)*"
            + "[ \\t\\u00A0]*)*";
    private static final String TITLE = "(?:Herrn?|Frau|Hr\\.|Fr\\.)";

    private static final Pattern SALUTATION = Pattern.compile("(?<![\\p{L}\\p{N}])" + TITLE + SPACE + ACADEMIC
            + "(" + name(SPACE_OR_WRAP) + ")");
    private static final Pattern GREETING = Pattern.compile("(?m)^[ \\t]*(?:Hallo|Hi|Hey|Moin|Servus|Liebe[rs]?"
            + "|Sehr[ \\t]+geehrter?|Guten[ \\t]+(?:Tag|Morgen|Abend)|Dear|Hello)" + SPACE
            + "(?:" + TITLE + SPACE + ")?" + ACADEMIC + "(" + name(SPACE) + ")[ \\t]*(?:[,!:]|$)");
    private static final Pattern SIGNATURE = Pattern.compile("(?m)^[ \\t]*(?iu:(?:mit[ \\t]+)?(?:freundlichen|besten"
            + "|herzlichen|lieben|vielen|sonnigen)[ \\t]+gr(?:ü|ue)(?:ß|ss)en|(?:viele|beste|liebe|herzliche|freundliche"
            + "|schöne|sonnige)[ \\t]+gr(?:ü|ue)(?:ß|ss)e(?:[ \\t]+aus[ \\t]+[\\p{L}-]+)?|gr(?:u|ü|ue)(?:ß|ss)e?|mfg|lg|vg"
            + "|(?:best|kind|warm)[ \\t]+regards|regards|best[ \\t]+wishes|cheers)[ \\t]*[,!.]?[ \\t]*\\r?\\n"
            + "(?:[ \\t]*\\r?\\n){0,2}[ \\t]*(?:i\\.[ \\t]*[AV]\\.[ \\t]*|ppa\\.[ \\t]*)?" + ACADEMIC
            + "(" + name(SPACE) + ")[ \\t]*,?[ \\t]*$");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}'’-])\\p{Lu}\\p{Ll}+(?![\\p{L}])");
    private static final Pattern FREE_NAME = Pattern.compile(name(SPACE));
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Set<String> GIVEN_NAMES = givenNames();

    private NameFinder() {
    }

    /** The names in the text, each as written (spaces collapsed); empty for no text. */
    public static Set<String> findInText(CharSequence text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null || text.isEmpty()) {
            return names;
        }
        // "Zoë" written as e + combining diaeresis is one letter only after composing
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (Pattern rule : List.of(SALUTATION, GREETING, SIGNATURE)) {
            Matcher matcher = rule.matcher(composed);
            while (matcher.find()) {
                addCandidates(matcher.group(1), names);
            }
        }
        Matcher word = CAPITALISED.matcher(composed);
        Matcher name = FREE_NAME.matcher(composed);
        while (word.find()) {
            if (GIVEN_NAMES.contains(word.group())) {
                name.region(word.start(), composed.length());
                if (name.lookingAt()) {
                    addCandidates(name.group(), names);
                }
            }
        }
        return names;
    }

    /** Two to three name words with at most two particles before each further word. */
    private static String name(String separator) {
        String next = separator + "(?:" + PARTICLE + separator + "){0,2}" + WORD;
        return WORD + next + "(?:" + next + ")?";
    }

    /** The name up to its second word, and up to its third when it has one. */
    private static void addCandidates(String matched, Set<String> names) {
        String[] tokens = BLANKS.split(matched.strip());
        List<String> upToWord = new ArrayList<>();
        int words = 0;
        for (String token : tokens) {
            upToWord.add(token);
            if (Character.isUpperCase(token.charAt(0))) {
                words++;
                if (words >= 2) {
                    names.add(String.join(" ", upToWord));
                }
            }
        }
    }

    private static Set<String> givenNames() {
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = NameFinder.class.getResourceAsStream("given-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("given-names.txt missing next to NameFinder");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String given = line.strip();
                if (!given.isEmpty() && !given.startsWith("#")) {
                    names.add(Normalizer.normalize(given, Normalizer.Form.NFC));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}

package de.thwien.dsr.intake.mail.classification;

import de.thwien.dsr.events.RestrictionGround;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises why a restriction request asks for it (Art. 18(1)(a)–(d) GDPR) from subject and new text, with the same
 * whole-word, case-insensitive matching as {@link RequestClassifier}:
 *
 * <table>
 * <tr><th>ground</th><th>German</th><th>English</th></tr>
 * <tr><td>ACCURACY_CONTESTED (a)</td><td>unrichtig, falsch, nicht korrekt, nicht richtig, Richtigkeit, veraltet</td>
 *     <td>inaccurate, incorrect, wrong, not correct, accuracy, out of date</td></tr>
 * <tr><td>UNLAWFUL_PROCESSING (b)</td><td>unrechtmäßig, rechtswidrig, ohne Rechtsgrundlage, statt (der) Löschung</td>
 *     <td>unlawful, illegal, without a legal basis, instead of erasure/deletion</td></tr>
 * <tr><td>NEEDED_FOR_LEGAL_CLAIMS (c)</td><td>Rechtsansprüche, Rechtsstreit, Klage, Beweis, Anwalt, gerichtlich</td>
 *     <td>legal claim(s), lawsuit, litigation, court, evidence, lawyer</td></tr>
 * <tr><td>OBJECTION_PENDING (d)</td><td>Widerspruch, widersprochen, widerspreche, Art. 21</td>
 *     <td>objection, objected, object to, Art. 21</td></tr>
 * </table>
 *
 * <p>Exactly one ground matching gives it; none or several give none, and the assistant chooses it on the case page.
 */
public final class RestrictionGrounds {

    private static final Map<RestrictionGround, List<Pattern>> KEYWORDS = new EnumMap<>(RestrictionGround.class);

    static {
        KEYWORDS.put(RestrictionGround.ACCURACY_CONTESTED, patterns("unrichtig(e|en|er)?", "falsch(e|en|er)?",
                "nicht (mehr )?(korrekt|richtig|aktuell)", "richtigkeit", "veraltet(e|en)?", "inaccurate", "incorrect",
                "wrong", "not correct", "accuracy", "out of date"));
        KEYWORDS.put(RestrictionGround.UNLAWFUL_PROCESSING, patterns("unrechtmäßig(e|en|er)?", "rechtswidrig(e|en)?",
                "ohne rechtsgrundlage", "statt (der )?löschung", "anstelle der löschung", "unlawful(ly)?", "illegal(ly)?",
                "without (a |any )?legal basis", "instead of (erasure|deletion|deleting|erasing)"));
        KEYWORDS.put(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS, patterns("rechtsansprüchen?", "rechtsanspruch",
                "rechtsstreit(s)?", "klage", "beweis(e|mittel)?", "anwalt", "gerichtlich(en)?", "legal claims?",
                "lawsuit", "litigation", "court", "evidence", "lawyer"));
        KEYWORDS.put(RestrictionGround.OBJECTION_PENDING, patterns("widerspruch", "widersprochen", "widerspreche",
                "art(ikel|\\.)? ?21", "objection", "objected", "object to"));
    }

    /** The one ground the mail names, or null when it names none or more than one. */
    public RestrictionGround of(String subject, String text) {
        String content = ((subject == null ? "" : subject) + "\n" + QuotedMail.newTextOf(text))
                .toLowerCase(Locale.ROOT);
        List<RestrictionGround> matching = KEYWORDS.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(pattern -> pattern.matcher(content).find()))
                .map(Map.Entry::getKey).toList();
        return matching.size() == 1 ? matching.get(0) : null;
    }

    private static List<Pattern> patterns(String... words) {
        return java.util.Arrays.stream(words)
                .map(word -> Pattern.compile("(?U)(?<![\\w])" + word + "(?![\\w])"))
                .toList();
    }
}

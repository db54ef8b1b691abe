package de.thwien.dsr.intake.mail.classification;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.mail.MailLanguage;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises the request type and language of a mail from subject and text. The keyword table
 * (case-insensitive, whole words; "art. 15" also matches "Art 15", "Artikel 15", "article 15"):
 *
 * <table>
 * <tr><th>type</th><th>German</th><th>English</th></tr>
 * <tr><td>ACCESS</td><td>Auskunft, Selbstauskunft, Art. 15, Kopie meiner Daten, welche Daten</td>
 *     <td>access, subject access request, copy of my data, what data, which data</td></tr>
 * <tr><td>ERASURE</td><td>Löschung, löschen, Art. 17, Recht auf Vergessenwerden</td>
 *     <td>delete, deletion, erase, erasure, right to be forgotten, remove my data</td></tr>
 * <tr><td>CONSENT_WITHDRAWAL</td><td>Widerruf, widerrufe, Einwilligung widerrufen, Art. 7</td>
 *     <td>withdraw consent, withdraw my consent, revoke consent, Art. 7</td></tr>
 * <tr><td>RECTIFICATION</td><td>Berichtigung, berichtigen, Art. 16</td>
 *     <td>rectification, rectify, correct my data</td></tr>
 * <tr><td>RESTRICTION</td><td>Einschränkung der Verarbeitung, schränken Sie die Verarbeitung … ein, die Nutzung
 *     meiner Daten einschränken, Art. 18</td>
 *     <td>restriction of processing, restrict processing, restrict the processing of my</td></tr>
 * <tr><td>PORTABILITY</td><td>Datenübertragbarkeit, meine Daten … übertragen, übertragen Sie meine Daten, Übertragung
 *     meiner Daten, meine Daten exportieren, maschinenlesbares Format, Art. 20</td>
 *     <td>data portability, export my data, machine-readable format, Art. 20</td></tr>
 * <tr><td>OBJECTION</td><td>Widerspruch, widerspreche, widersprechen … (der) Verarbeitung, Nutzung, Speicherung,
 *     Verwendung, (meiner) Daten, Werbung; Widerspruchsrecht, Art. 21</td>
 *     <td>object to (the) processing/use, objection to (the) processing/use, right to object, Art. 21</td></tr>
 * </table>
 *
 * <p>Exactly one type matching gives that type; none or several give {@code UNCLASSIFIED}, which the
 * assistant triages (a mail asking to withdraw consent and delete everything needs a human reading).
 * Language: {@link MailLanguage} (German if it has umlauts, ß or more German than English function words; else
 * English), the rule the first-contact notice follows too.
 * Only the new text counts: earlier mail quoted in a reply decides neither (see {@link QuotedMail}).
 */
public final class RequestClassifier {

    /** The type and language of a request mail. */
    public record Classification(RequestType type, String language) {
    }

    private static final Map<RequestType, List<Pattern>> KEYWORDS = new EnumMap<>(RequestType.class);

    static {
        KEYWORDS.put(RequestType.ACCESS, patterns("auskunft", "selbstauskunft", article(15),
                "kopie meiner (personenbezogenen )?daten", "welche daten", "access", "subject access request",
                "copy of my (personal )?data", "what data", "which data"));
        KEYWORDS.put(RequestType.ERASURE, patterns("löschung", "löschen", "loeschen", "loeschung", article(17),
                "recht auf vergessenwerden", "delete", "deletion", "erase", "erasure", "right to be forgotten",
                "remove my data"));
        KEYWORDS.put(RequestType.CONSENT_WITHDRAWAL, patterns("widerruf", "widerrufe", "widerrufen", "einwilligung widerrufen",
                article(7), "withdraw (my )?consent", "revoke (my )?consent"));
        KEYWORDS.put(RequestType.RECTIFICATION, patterns("berichtigung", "berichtigen", article(16), "rectification",
                "rectify", "correct my data"));
        // the verb as people write it ("schränken Sie die Verarbeitung meiner Daten ein"), but only about processing
        // her data: "die Werbung einschränken" or a restricted meeting room is no Art. 18 request
        KEYWORDS.put(RequestType.RESTRICTION, patterns("einschränkung der verarbeitung", article(18),
                "schränken sie[^.?!\\n]{0,40} (verarbeitung|nutzung|speicherung)[^.?!\\n]{0,60} ein\\b",
                "(verarbeitung|nutzung|speicherung) meiner (personenbezogenen )?daten[^.?!\\n]{0,40}"
                        + " (einzuschränken|einschränken)",
                "restriction of processing", "restrict processing", "restrict (the )?processing of my"));
        // "Daten übertragen" only with "meine": a data transfer that failed or a meeting moved is no request
        KEYWORDS.put(RequestType.PORTABILITY, patterns("datenübertragbarkeit", "recht auf übertragbarkeit",
                "meine (personenbezogenen )?daten([^.?!\\n]{0,60})? übertragen", "übertragen sie meine (personenbezogenen )?daten",
                "übertragung meiner (personenbezogenen )?daten", "meine (personenbezogenen )?daten exportieren",
                "maschinenlesbaren format", "maschinenlesbarem format", article(20), "data portability",
                "export (of )?my (personal )?data", "machine-readable format"));
        // "Widerspruch" only about her data: an objection to an invoice or a date is no Art. 21 request; and it is no
        // withdrawal of consent ("Widerruf"), which has its own type
        KEYWORDS.put(RequestType.OBJECTION, patterns(
                "(widerspruch|widerspreche|widersprechen)[^.?!\\n]{0,80}(verarbeitung|nutzung|speicherung|verwendung"
                        + "|daten|werbung|direktwerbung|werbezwecken)",
                "widerspruchsrecht", article(21),
                "object(ing)? to (the )?(further )?(processing|use)", "objection to (the )?(further )?(processing|use)",
                "right to object", "object to (direct )?marketing"));
    }

    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "(?i)\\s*(re|aw|antw|antwort|wg|fw|fwd|sv|vs)(\\[\\d+])?\\s*:");

    public Classification classify(String subject, String text) {
        String content = ((subject == null ? "" : subject) + "\n" + QuotedMail.newTextOf(text))
                .toLowerCase(Locale.ROOT);
        List<RequestType> matching = KEYWORDS.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(pattern -> pattern.matcher(content).find()))
                .map(Map.Entry::getKey).toList();
        RequestType type = matching.size() == 1 ? matching.get(0) : RequestType.UNCLASSIFIED;
        return new Classification(type, MailLanguage.of(content));
    }

    /**
     * A reply's request (a follow-up case, a mail from triage): its subject does not count when it answers or
     * forwards a mail ({@code Re:}, {@code AW:}, {@code Antwort:}, {@code WG:}, {@code Fwd:} …) or names a case
     * ({@code DSR-…}): such a subject quotes our notice ("Re: Ihre Auskunft nach Art. 15 DSGVO (Vorgang DSR-…)"),
     * not what the requester asks now. Then only the new text decides.
     */
    public Classification classifyReply(String subject, String text) {
        boolean quotesASubject = subject != null && (REPLY_PREFIX.matcher(subject).lookingAt()
                || MailReference.CASE_REFERENCE.matcher(subject).find());
        return classify(quotesASubject ? null : subject, text);
    }

    private static String article(int number) {
        return "(art\\.?|artikel|article)\\s*" + number + "(?!\\d)";
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes)
                .map(regex -> Pattern.compile("(?U)(?<![\\w])" + regex + "(?![\\w])")).toList();
    }
}

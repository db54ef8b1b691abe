package de.thwien.dsr.platform.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language a mail is written in, German or English, as its sender's answer goes out: German if it has umlauts,
 * ß or more German than English function words; else English. One rule for a mailed request (intake) and a first
 * contact found by the mail crawl (subject-index), so a sender is answered in the same language either way.
 */
public final class MailLanguage {

    private static final Pattern GERMAN_WORDS = Pattern.compile(
            "(?U)\\b(ich|bitte|meiner|meine|und|nach|der|die|das|sehr|geehrte|dsgvo|mit|freundlichen)\\b");
    private static final Pattern ENGLISH_WORDS = Pattern.compile(
            "(?U)\\b(i|please|my|and|the|under|dear|gdpr|regards|sincerely|of)\\b");
    private static final Pattern GERMAN_LETTERS = Pattern.compile("[äöüß]");

    private MailLanguage() {
    }

    /** "de" or "en" for the text (subject and new text; any case); English when nothing tells. */
    public static String of(String text) {
        String told = told(text);
        return told == null ? "en" : told;
    }

    /** "de" or "en" when the text tells (umlauts, ß, more function words of one language), else null. */
    public static String told(String text) {
        String content = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (GERMAN_LETTERS.matcher(content).find()) {
            return "de";
        }
        long german = GERMAN_WORDS.matcher(content).results().count();
        long english = ENGLISH_WORDS.matcher(content).results().count();
        return german > english ? "de" : english > german ? "en" : null;
    }
}

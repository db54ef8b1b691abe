package de.thwien.dsr.erasure.plans;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reason the assistant writes down that the requester will read (why her restriction ends, our compelling grounds
 * to continue after her objection): a sentence, not a placeholder. At least {@link #MINIMUM_LENGTH} characters once
 * trimmed and at least {@link #MINIMUM_WORDS} words of two letters or more, so "x", "ok" and "aaaaaaaaaaaaaaaaaaaaa"
 * are refused. Plain Java.
 */
public final class WrittenReason {

    public static final int MINIMUM_LENGTH = 20;
    public static final int MINIMUM_WORDS = 3;

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private WrittenReason() {
    }

    /** Whether {@code reason} is written out as a sentence. */
    public static boolean isASentence(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.length() < MINIMUM_LENGTH) {
            return false;
        }
        Matcher words = WORD.matcher(trimmed);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count >= MINIMUM_WORDS && !sameLetterRepeated(trimmed);
    }

    /** "aaaa aaaa aaaa aaaa": one letter typed over and over is no sentence either. */
    private static boolean sameLetterRepeated(String text) {
        return text.codePoints().filter(Character::isLetter).map(Character::toLowerCase).distinct().count() < 3;
    }
}

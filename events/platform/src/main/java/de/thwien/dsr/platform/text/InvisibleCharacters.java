package de.thwien.dsr.platform.text;

import java.util.Locale;

/**
 * Characters that take no room on the screen but change what a reader sees: bidi overrides and isolates (which
 * turn {@code live@example.org} into {@code gro.elpmaxe@evil} on the screen), zero-width spaces and joiners, the
 * byte-order mark, soft hyphens (Unicode category Cf) and the few blank letters that are no format characters.
 * Requester text keeps them as data; where a person reads it they are shown by their code point, and a greeting
 * drops them.
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    public static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || codePoint == 0x034F // combining grapheme joiner
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }

    public static boolean contains(String text) {
        return text != null && text.codePoints().anyMatch(InvisibleCharacters::isInvisible);
    }

    /** The text with each invisible character written as {@code ⟨U+202E⟩}. */
    public static String shown(String text) {
        if (!contains(text)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(codePoint -> {
            if (isInvisible(codePoint)) {
                shown.append("⟨U+").append(String.format(Locale.ROOT, "%04X", codePoint)).append('⟩');
            } else {
                shown.appendCodePoint(codePoint);
            }
        });
        return shown.toString();
    }

    /** The text without its invisible characters. */
    public static String stripped(String text) {
        if (!contains(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(codePoint -> !isInvisible(codePoint)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}

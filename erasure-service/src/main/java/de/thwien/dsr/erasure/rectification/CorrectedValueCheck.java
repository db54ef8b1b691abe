package de.thwien.dsr.erasure.rectification;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a corrected value can be what its field holds: an e-mail field an address, a phone field a number. A
 * correction is written into the store and becomes an identifier the subject index finds her by, so a value that is
 * no address or number is refused before it is planned. Plain Java.
 */
final class CorrectedValueCheck {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>\",;]+@[^\\s@<>\",;.]+(\\.[^\\s@<>\",;.]+)+");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ()./-]+");
    private static final int MIN_PHONE_DIGITS = 5;

    private CorrectedValueCheck() {
    }

    /** Why the value cannot stand in the field, or empty when it can; names the field, never the value. */
    static Optional<String> problemWith(String field, String value) {
        CorrectedIdentifierRule.Kind kind = CorrectedIdentifierRule.Kind.of(field);
        String stripped = value.strip();
        if (kind == CorrectedIdentifierRule.Kind.EMAIL && !ADDRESS.matcher(bareAddress(stripped)).matches()) {
            return Optional.of("field " + field + ": the corrected value is no e-mail address");
        }
        if (kind == CorrectedIdentifierRule.Kind.PHONE && !isPhoneNumber(stripped)) {
            return Optional.of("field " + field + ": the corrected value is no phone number");
        }
        return Optional.empty();
    }

    private static String bareAddress(String value) {
        int open = value.lastIndexOf('<');
        int close = value.lastIndexOf('>');
        return open >= 0 && close == value.length() - 1 ? value.substring(open + 1, close).strip() : value;
    }

    private static boolean isPhoneNumber(String value) {
        return PHONE_CHARACTERS.matcher(value).matches()
                && value.chars().filter(Character::isDigit).count() >= MIN_PHONE_DIGITS;
    }
}

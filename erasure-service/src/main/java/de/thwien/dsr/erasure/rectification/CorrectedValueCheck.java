package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.connectors.identity.PhoneNormaliser;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a corrected value can be what its field holds: an e-mail field an address, a phone field a number. A
 * correction is written into the store and becomes an identifier the subject index finds her by, so a value that is
 * no address or number is refused before it is planned. Plain Java.
 */
final class CorrectedValueCheck {

    /** One label of a host name: letters (also umlauts) and digits, hyphens only inside. */
    private static final String HOST_LABEL = "[\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
    /**
     * An address as a mail program sends to it: a dot-atom local part (RFC 5322; no "mailto:" or "smtp:" prefix,
     * which Odoo's address parser reads as a group name and drops, mailing the address after it) and a host name.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=^_`{|}~-]+)*"
                    + "@" + HOST_LABEL + "(\\." + HOST_LABEL + ")+");
    /** An address anywhere in a text. */
    private static final Pattern ADDRESS_IN_TEXT = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
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
        // an address in a name or street is found by the index as hers, yet never checked as an identifier
        if (kind != CorrectedIdentifierRule.Kind.EMAIL && ADDRESS_IN_TEXT.matcher(stripped).find()) {
            return Optional.of("field " + field + ": an e-mail address belongs in an e-mail field");
        }
        return Optional.empty();
    }

    private static String bareAddress(String value) {
        int open = value.lastIndexOf('<');
        int close = value.lastIndexOf('>');
        return open >= 0 && close == value.length() - 1 ? value.substring(open + 1, close).strip() : value;
    }

    /**
     * Written as people write numbers, and a number the subject index can key (libphonenumber, German unless it has a
     * country code, as {@link PhoneNormaliser#e164} keys the stores' numbers): a value the index cannot key would
     * never be checked against other people's numbers.
     */
    private static boolean isPhoneNumber(String value) {
        return PHONE_CHARACTERS.matcher(value).matches()
                && value.chars().filter(Character::isDigit).count() >= MIN_PHONE_DIGITS
                && !PhoneNormaliser.e164Readings(value).isEmpty();
    }
}

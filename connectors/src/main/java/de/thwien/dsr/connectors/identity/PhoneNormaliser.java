package de.thwien.dsr.connectors.identity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Phone numbers to E.164 with libphonenumber; numbers without a country code are read as German. */
public final class PhoneNormaliser {

    public static final String DEFAULT_REGION = "DE";

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /**
     * A direct-dial or switchboard suffix as people write it after a number: {@code / 0}, {@code -0}, {@code -12},
     * {@code ext. 12}, {@code Durchwahl 12}. libphonenumber reads {@code / 0} and {@code -0} as more digits of the
     * number, so {@code +49 221 5550303 / 0} is another E.164 number than {@code +49 221 5550303}.
     */
    private static final Pattern EXTENSION_SUFFIX = Pattern.compile(
            "(.*\\d)\\s*(?:/|-|\u2013|#|x|ext\\.?|Durchwahl|DW\\.?)\\s*\\d{1,4}\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PhoneNormaliser() {
    }

    /** E.164 form ({@code +4922112345678}), or empty when the text is no valid number. */
    public static Optional<String> e164(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber parsed = PHONES.parse(number, DEFAULT_REGION);
            return PHONES.isValidNumber(parsed)
                    ? Optional.of(PHONES.format(parsed, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * Every E.164 number a written number may stand for: the number as written and, if it ends in a direct-dial or
     * switchboard suffix ({@code +49 221 5550303 / 0}), the number without it. To ask whether any form of a number is
     * somebody's identifier; the index keys a record's number by {@link #e164} alone. Empty when no form is a valid
     * number.
     */
    public static Set<String> e164Readings(String written) {
        Set<String> readings = new LinkedHashSet<>();
        e164(written).ifPresent(readings::add);
        if (written != null) {
            Matcher suffix = EXTENSION_SUFFIX.matcher(written.strip());
            if (suffix.matches()) {
                e164(suffix.group(1)).ifPresent(readings::add);
            }
        }
        return readings;
    }

    /** Every valid phone number in free text (a mail body, a signature), in E.164 form. */
    public static Set<String> findInText(CharSequence text) {
        Set<String> numbers = new LinkedHashSet<>();
        if (text == null) {
            return numbers;
        }
        for (PhoneNumberMatch match : PHONES.findNumbers(text, DEFAULT_REGION,
                PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            numbers.add(PHONES.format(match.number(), PhoneNumberFormat.E164));
        }
        return numbers;
    }

    /**
     * The first phone number in {@code text} exactly as it is written there ({@code +49 211 5550202}), or empty: to
     * name a number the way its reader sees it, not to match it.
     */
    public static Optional<String> firstAsWritten(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        for (PhoneNumberMatch match : PHONES.findNumbers(text, DEFAULT_REGION,
                PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            return Optional.of(match.rawString());
        }
        return Optional.empty();
    }
}

package de.thwien.dsr.connectors.sql;

import java.util.Locale;

/**
 * How a column keeps a value the application derives from what a user typed (Art. 16: a corrected value is written
 * to such a column as the application itself would write it, or the store holds an old copy beside the new value).
 * Named in a table's {@code storedAs} of the mapping; a column not named there takes the value as typed. Plain Java.
 */
public enum StoredForm {

    /**
     * Odoo's {@code email_normalized} ({@code tools.email_normalize}): the bare address of "Name &lt;address&gt;",
     * lower case.
     */
    NORMALIZED_EMAIL {
        @Override
        public String of(String typed) {
            String address = typed.strip();
            int open = address.lastIndexOf('<');
            int close = address.lastIndexOf('>');
            if (open >= 0 && close > open) {
                address = address.substring(open + 1, close).strip();
            }
            return address.toLowerCase(Locale.ROOT);
        }
    },

    /**
     * Odoo's {@code phone_sanitized} (E.164, {@code phone_validation}): the digits with a leading "+" and the country
     * code; "00" before a country code becomes "+", a national number (leading "0") gets Germany's +49, the country
     * of the operator's company that Odoo formats numbers without a country for. A value with too few digits to be a
     * number is kept as typed (Odoo then stores none, we keep what she gave rather than lose it).
     */
    SANITIZED_PHONE {
        @Override
        public String of(String typed) {
            String value = typed.strip();
            String digits = value.replaceAll("\\D", "");
            String e164;
            if (value.startsWith("+")) {
                e164 = "+" + digits;
            } else if (digits.startsWith("00")) {
                e164 = "+" + digits.substring(2);
            } else if (digits.startsWith("0")) {
                e164 = "+49" + digits.substring(1);
            } else {
                e164 = "+49" + digits;
            }
            return digits.length() < MIN_PHONE_DIGITS ? value : e164;
        }
    };

    private static final int MIN_PHONE_DIGITS = 5;

    /** The value as this column keeps it, from the value as typed (not blank). */
    public abstract String of(String typed);
}

package de.thwien.dsr.notifier.delivery;

import java.util.regex.Pattern;

/**
 * A recipient address goes into the {@code To} header and the SMTP envelope, so it must be one plain
 * {@code local@domain} without spaces, line breaks, commas or angle brackets that could add recipients
 * or headers.
 */
public final class RecipientAddresses {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9.-]{1,253}");

    private RecipientAddresses() {
    }

    public static boolean isSafe(String address) {
        return address != null && PLAIN.matcher(address).matches() && !address.contains("..");
    }
}

package de.thwien.dsr.connectors.identity;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * Canonical e-mail key: two spellings that reach the same mailbox give the same key.
 * <ul>
 *   <li>trimmed, a display name and angle brackets removed, lower case (local parts are case-insensitive in practice);</li>
 *   <li>domain in its ASCII (IDNA/punycode) form, so {@code müller.de} and {@code xn--mller-kva.de} meet;</li>
 *   <li>a plus tag is dropped ({@code anna+shop@x.de} → {@code anna@x.de});</li>
 *   <li>{@code googlemail.com} is {@code gmail.com}, and Gmail ignores dots in the local part.</li>
 * </ul>
 */
public final class EmailNormaliser {

    private static final String GMAIL = "gmail.com";
    private static final String GOOGLEMAIL = "googlemail.com";

    private EmailNormaliser() {
    }

    /** The canonical key, or empty when the text is not an address. */
    public static Optional<String> canonical(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String text = address.strip();
        // "Display Name" <address> or a bare <address>
        int open = text.lastIndexOf('<');
        if (open >= 0 && text.endsWith(">")) {
            text = text.substring(open + 1, text.length() - 1).strip();
        }
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1 || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String local = text.substring(0, at).toLowerCase(Locale.ROOT);
        String domain;
        try {
            domain = IDN.toASCII(text.substring(at + 1), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            return Optional.empty();
        }
        if (domain.isEmpty() || !domain.contains(".")) {
            return Optional.empty();
        }
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (domain.equals(GOOGLEMAIL)) {
            domain = GMAIL;
        }
        if (domain.equals(GMAIL)) {
            local = local.replace(".", "");
        }
        return local.isEmpty() ? Optional.empty() : Optional.of(local + "@" + domain);
    }
}

package de.thwien.dsr.platform.address;

import de.thwien.dsr.platform.text.InvisibleCharacters;
import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for e-mail addresses in the whole system: intake accepts a requester's address only if the notifier
 * can send to it, and the notifier sends only to addresses this rule lets through, in the form it returns.
 *
 * <p>Deliverable: an ASCII dot-atom local part ({@code erika.mustermann+dsr}) at a domain that is a host name,
 * also an internationalized one ({@code bücher.example}), which is sent in its ASCII (punycode) form
 * ({@code xn--bcher-kva.example}): every mail server understands that.
 *
 * <p>Refused, because no mail from us can ever reach them: a local part outside ASCII ({@code jürgen@…}) needs
 * SMTPUTF8 (RFC 6531), which the notifier's mail client (Vert.x mail, behind the Quarkus mailer) does not speak,
 * and a relay that speaks it refuses such an envelope without it; quoted local parts ({@code "a b"@…}) and address
 * literals ({@code x@[127.0.0.1]}), which no ordinary mailbox uses and the mail client does not quote; invisible
 * characters (zero-width, bidi), control characters and text that was not valid UTF-8; and a domain that IDNA2003
 * ({@link IDN}) would map to another name (e.g. {@code ß} to {@code ss}).
 */
public final class MailAddressRule {

    /** RFC 5321: 64 for the local part, 254 for the whole path without brackets. */
    private static final int MAX_LOCAL = 64;
    private static final int MAX_ADDRESS = 254;
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern DOT_ATOM = Pattern.compile(ATOM + "(\\." + ATOM + ")*");
    private static final String LABEL = "[a-z0-9]([a-z0-9-]*[a-z0-9])?";
    private static final Pattern HOST_NAME = Pattern.compile(LABEL + "(\\." + LABEL + ")*");

    /** Why an address cannot be delivered; the message files name each with its reason for the requester. */
    public enum Refusal {
        MISSING, TOO_LONG, NOT_AN_ADDRESS, QUOTED_LOCAL_PART, ADDRESS_LITERAL, NON_ASCII_LOCAL_PART,
        INVISIBLE_CHARACTER, CONTROL_CHARACTER, INVALID_ENCODING, INVALID_DOMAIN
    }

    /** Either a deliverable {@code address} (its domain lower case and in ASCII) or the {@code refusal}. */
    public record Verdict(String address, Refusal refusal) {

        public boolean deliverable() {
            return refusal == null;
        }
    }

    private MailAddressRule() {
    }

    public static Verdict check(String text) {
        if (text == null || text.isBlank()) {
            return refused(Refusal.MISSING);
        }
        String address = text.strip();
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '\uFFFD' || Character.isSurrogate(c) && !validPair(address, i)) {
                return refused(Refusal.INVALID_ENCODING);
            }
            if (Character.isSurrogate(c)) {
                i++;
            }
        }
        if (InvisibleCharacters.contains(address)) {
            return refused(Refusal.INVISIBLE_CHARACTER);
        }
        if (address.codePoints().anyMatch(Character::isISOControl)) {
            return refused(Refusal.CONTROL_CHARACTER);
        }
        if (address.startsWith("\"")) {
            return refused(Refusal.QUOTED_LOCAL_PART);
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return refused(Refusal.NOT_AN_ADDRESS);
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (domain.startsWith("[")) {
            return refused(Refusal.ADDRESS_LITERAL);
        }
        if (local.contains("\"")) {
            return refused(Refusal.QUOTED_LOCAL_PART);
        }
        if (local.chars().anyMatch(c -> c > 0x7F)) {
            return refused(Refusal.NON_ASCII_LOCAL_PART);
        }
        if (local.length() > MAX_LOCAL || address.length() > MAX_ADDRESS) {
            return refused(Refusal.TOO_LONG);
        }
        if (!DOT_ATOM.matcher(local).matches() || domain.chars().anyMatch(c -> Character.isWhitespace(c)
                || c == '@' || c == ',' || c == '<' || c == '>')) {
            return refused(Refusal.NOT_AN_ADDRESS);
        }
        String asciiDomain = asciiDomain(domain);
        if (asciiDomain == null) {
            return refused(Refusal.INVALID_DOMAIN);
        }
        String deliverable = local + "@" + asciiDomain;
        if (deliverable.length() > MAX_ADDRESS) {
            return refused(Refusal.TOO_LONG);
        }
        return new Verdict(deliverable, null);
    }

    /** The key of the mailbox behind a deliverable address, for counting: lower case, without a {@code +tag}. */
    public static String mailboxKey(String deliverable) {
        String lower = deliverable.toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        int plus = lower.indexOf('+');
        return plus > 0 && plus < at ? lower.substring(0, plus) + lower.substring(at) : lower;
    }

    /** The domain of a deliverable address. */
    public static String domainOf(String deliverable) {
        return deliverable.substring(deliverable.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /** The domain in ASCII, or null if it is no host name or IDNA2003 would change which name it is. */
    private static String asciiDomain(String domain) {
        String written = Normalizer.normalize(domain, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String ascii;
        try {
            ascii = IDN.toASCII(written, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return HOST_NAME.matcher(ascii).matches() && IDN.toUnicode(ascii).equals(IDN.toUnicode(written)) ? ascii : null;
    }

    private static boolean validPair(String text, int index) {
        return Character.isHighSurrogate(text.charAt(index)) && index + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(index + 1));
    }

    private static Verdict refused(Refusal refusal) {
        return new Verdict(null, refusal);
    }
}

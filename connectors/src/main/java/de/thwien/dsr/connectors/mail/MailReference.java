package de.thwien.dsr.connectors.mail;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's stable reference, in the style of an RFC 5092 IMAP URL:
 * {@code imap://<account>/<folder>;UIDVALIDITY=<v>/;UID=<uid>}. A UID is only stable while the
 * folder keeps its UIDVALIDITY, so both are part of the reference.
 */
public record MailReference(String account, String folder, long uidValidity, long uid) {

    private static final Pattern FORMAT = Pattern.compile("imap://([^/]+)/(.+);UIDVALIDITY=(\\d+)/;UID=(\\d+)");

    public static MailReference parse(String reference) {
        Matcher matcher = FORMAT.matcher(reference == null ? "" : reference);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a mail reference");
        }
        return new MailReference(matcher.group(1), URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8),
                Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)));
    }

    /** Every reference of a folder (any UIDVALIDITY) starts with this. */
    public static String folderPrefix(String account, String folder) {
        return "imap://" + account + "/" + URLEncoder.encode(folder, StandardCharsets.UTF_8) + ";";
    }

    @Override
    public String toString() {
        return folderPrefix(account, folder) + "UIDVALIDITY=" + uidValidity + "/;UID=" + uid;
    }
}

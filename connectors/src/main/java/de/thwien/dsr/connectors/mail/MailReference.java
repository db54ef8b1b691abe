package de.thwien.dsr.connectors.mail;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's stable reference, in the style of an RFC 5092 IMAP URL:
 * {@code imap://<account>/<folder>;UIDVALIDITY=<v>/;UID=<uid>}. A UID is only stable while the
 * folder keeps its UIDVALIDITY, so both are part of the reference. A restricted message's reference also names the
 * folder it came from ({@code ;ORIGIN=<folder>}): the erasure service keeps that reference, so lifting knows where
 * the message goes back to without anything stored on the mail server. A reference may name the message's
 * Message-ID ({@code ;MID=<id>}): a restriction asked again with the reference from before the move (the caller
 * crashed before it kept the new one) finds the moved message in the restricted folder by it, and a folder rebuilt
 * since (a new UIDVALIDITY) still leads to the message. The reader names it in every reference it reports; references
 * without it (indexed before) work as before. A reference is for machines: people are shown
 * {@link ImapMailReader#placeOf} (folder and account).
 */
public record MailReference(String account, String folder, long uidValidity, long uid, String origin,
        String messageId) {

    private static final Pattern FORMAT = Pattern.compile(
            "imap://([^/]+)/(.+);UIDVALIDITY=(\\d+)/;UID=(\\d+)(?:;ORIGIN=([^;/]+))?(?:;MID=([^;/]+))?");

    public MailReference {
        messageId = messageId == null || messageId.isBlank() ? null : messageId.strip();
    }

    public MailReference(String account, String folder, long uidValidity, long uid) {
        this(account, folder, uidValidity, uid, null);
    }

    public MailReference(String account, String folder, long uidValidity, long uid, String origin) {
        this(account, folder, uidValidity, uid, origin, null);
    }

    public static MailReference parse(String reference) {
        Matcher matcher = FORMAT.matcher(reference == null ? "" : reference);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a mail reference");
        }
        return new MailReference(matcher.group(1), URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8),
                Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)),
                decoded(matcher.group(5)), decoded(matcher.group(6)));
    }

    private static String decoded(String component) {
        return component == null ? null : URLDecoder.decode(component, StandardCharsets.UTF_8);
    }

    /** Every reference of a folder (any UIDVALIDITY) starts with this. */
    public static String folderPrefix(String account, String folder) {
        return "imap://" + account + "/" + URLEncoder.encode(folder, StandardCharsets.UTF_8) + ";";
    }

    /** The same message, elsewhere now; it keeps the folder it was restricted from. */
    MailReference at(String newFolder, long newUidValidity, long newUid) {
        return new MailReference(account, newFolder, newUidValidity, newUid, origin, messageId);
    }

    /** The message as the reader names it: where it is, without where it was restricted from. */
    MailReference withoutOrigin() {
        return new MailReference(account, folder, uidValidity, uid, null, messageId);
    }

    @Override
    public String toString() {
        return folderPrefix(account, folder) + "UIDVALIDITY=" + uidValidity + "/;UID=" + uid
                + (origin == null ? "" : ";ORIGIN=" + URLEncoder.encode(origin, StandardCharsets.UTF_8))
                + (messageId == null ? "" : ";MID=" + URLEncoder.encode(messageId, StandardCharsets.UTF_8));
    }
}

package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.spi.ErasureResult;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.spi.StoreWriter;
import de.thwien.dsr.events.Finding;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.HeaderTerm;
import org.eclipse.angus.mail.imap.AppendUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Write side of the IMAP mail store (an account login with write access, or a master login).
 * <ul>
 *   <li>erase: {@code UID STORE +FLAGS (\Deleted)} and {@code UID EXPUNGE} of that one message
 *       (other messages flagged \Deleted by a mail client stay untouched);</li>
 *   <li>restrict: move into the restricted folder ({@link MailSettings#restrictedFolder()}), which
 *       normal clients are not meant to use, with the keywords {@code DSR-hold-YYYYMMDD} (the hold
 *       date), {@code DSR-origin-<hex of the folder name>} (where lifting moves it back) and
 *       {@code DSR-from-<uidvalidity>-<uid>-<hex of the folder name>} (so that repeating a restrict whose
 *       result was lost in a crash finds the moved message instead of failing);</li>
 *   <li>lift: move back to the origin folder and drop those keywords.</li>
 *   <li>erase the body of a restricted mail whose attachment is held longer (LEGAL.md §3): APPEND to the restricted
 *       folder a copy holding only the attachments and the minimal headers (From, To, Date, Subject, Message-ID),
 *       with the original's keywords, its arrival date and {@code DSR-stripped} plus {@code DSR-strip-of-<uidvalidity>-<uid>};
 *       then expunge the original. A crash between the two is completed by the next attempt, which finds the copy
 *       by that keyword instead of appending a second one.</li>
 * </ul>
 * Moving gives the message a new UID: restrict and lift return the new reference.
 */
public final class ImapMailWriter implements StoreWriter {

    static final String HOLD_KEYWORD = "DSR-hold-";
    static final String ORIGIN_KEYWORD = "DSR-origin-";
    /** {@code DSR-from-<uidvalidity>-<uid>}: where a restricted message came from, so a repeated restrict finds it. */
    static final String FROM_KEYWORD = "DSR-from-";
    /** On a restricted mail whose body was erased: only its attachments and minimal headers are left. */
    static final String STRIPPED_KEYWORD = "DSR-stripped";
    /** {@code DSR-strip-of-<uidvalidity>-<uid>}: the restricted message a stripped copy replaces. */
    static final String STRIP_OF_KEYWORD = "DSR-strip-of-";
    /** The headers a stripped mail keeps: enough to show the voucher's sender, recipient and date in an audit. */
    static final List<String> MINIMAL_HEADERS = List.of("From", "To", "Date", "Subject", "Message-ID");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final MailSettings settings;
    private final Session session;

    public ImapMailWriter(MailSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        for (String protocol : new String[] {"imap", "imaps"}) {
            properties.setProperty("mail." + protocol + ".connectiontimeout", timeout);
            properties.setProperty("mail." + protocol + ".timeout", timeout);
        }
        this.session = Session.getInstance(properties);
    }

    @Override
    public String store() {
        return ImapMailReader.STORE;
    }

    @Override
    public ErasureResult erase(String reference) throws StoreUnavailableException {
        MailReference parsed = MailReference.parse(reference);
        MailAccount account = account(parsed);
        try (Store store = connect(account)) {
            IMAPFolder folder = (IMAPFolder) store.getFolder(parsed.folder());
            if (!folder.exists()) {
                return ErasureResult.complete();
            }
            folder.open(Folder.READ_WRITE);
            try {
                requireSameUidValidity(folder, parsed);
                Message message = folder.getMessageByUID(parsed.uid());
                if (message == null || message.isExpunged()) {
                    return ErasureResult.complete(); // erased before
                }
                folder.setFlags(new Message[] {message}, new Flags(Flags.Flag.DELETED), true);
                folder.expunge(new Message[] {message}); // UID EXPUNGE: only this message
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw unavailable(account, e);
        }
        return ErasureResult.complete();
    }

    @Override
    public String restrict(String reference, LocalDate holdUntil) throws StoreUnavailableException {
        MailReference parsed = MailReference.parse(reference);
        if (parsed.folder().equals(settings.restrictedFolder())) {
            holdUntil(parsed, holdUntil); // restricted already: a pinned hold only changes its date
            return reference;
        }
        Flags keywords = new Flags();
        keywords.add(HOLD_KEYWORD + BASIC_DATE.format(holdUntil));
        keywords.add(ORIGIN_KEYWORD + HexFormat.of().formatHex(parsed.folder().getBytes(StandardCharsets.UTF_8)));
        keywords.add(fromKeyword(parsed));
        try {
            return move(parsed, settings.restrictedFolder(), keywords, null);
        } catch (IllegalArgumentException gone) {
            // a restrict that moved the message but crashed before its caller recorded the new reference
            // is repeated with the old one: the message is in the restricted folder already
            return restrictedBefore(parsed).orElseThrow(() -> gone);
        }
    }

    private static String fromKeyword(MailReference reference) {
        return FROM_KEYWORD + reference.uidValidity() + "-" + reference.uid()
                + "-" + HexFormat.of().formatHex(reference.folder().getBytes(StandardCharsets.UTF_8));
    }

    /** The reference of the message an earlier restrict moved from {@code original}, if there is one. */
    private Optional<String> restrictedBefore(MailReference original) throws StoreUnavailableException {
        MailAccount account = account(original);
        try (Store store = connect(account)) {
            IMAPFolder restricted = (IMAPFolder) store.getFolder(settings.restrictedFolder());
            if (!restricted.exists()) {
                return Optional.empty();
            }
            restricted.open(Folder.READ_ONLY);
            try {
                Message[] found = restricted.search(new FlagTerm(new Flags(fromKeyword(original)), true));
                if (found.length == 0) {
                    return Optional.empty();
                }
                return Optional.of(new MailReference(account.name(), restricted.getFullName(),
                        restricted.getUIDValidity(), restricted.getUID(found[found.length - 1])).toString());
            } finally {
                restricted.close(false);
            }
        } catch (MessagingException e) {
            throw unavailable(account, e);
        }
    }

    @Override
    public String erasePart(String reference, Finding.PartKind part) throws StoreUnavailableException {
        if (part != Finding.PartKind.BODY) {
            throw new IllegalArgumentException("a mail's attachments go with the whole mail, not apart");
        }
        MailReference parsed = MailReference.parse(reference);
        MailAccount account = account(parsed);
        try (Store store = connect(account)) {
            IMAPFolder folder = (IMAPFolder) store.getFolder(parsed.folder());
            folder.open(Folder.READ_WRITE);
            try {
                requireSameUidValidity(folder, parsed);
                Message message = folder.getMessageByUID(parsed.uid());
                boolean present = message != null && !message.isExpunged();
                if (present && message.getFlags().contains(STRIPPED_KEYWORD)) {
                    return reference; // this is the stripped copy already
                }
                Optional<String> copy = strippedCopyOf(folder, account, parsed);
                if (copy.isEmpty() && !present) {
                    throw new IllegalArgumentException("no restricted message under that reference");
                }
                String stripped = copy.isPresent() ? copy.get() : appendStripped(folder, account, parsed, message);
                if (present) {
                    folder.setFlags(new Message[] {message}, new Flags(Flags.Flag.DELETED), true);
                    folder.expunge(new Message[] {message}); // UID EXPUNGE: only the original
                }
                return stripped;
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw unavailable(account, e instanceof MessagingException m ? m : new MessagingException("read", e));
        }
    }

    /** The first step of {@link #erasePart} alone: the stripped copy appended, the original still there. */
    String appendStripped(MailReference reference) throws StoreUnavailableException {
        MailAccount account = account(reference);
        try (Store store = connect(account)) {
            IMAPFolder folder = (IMAPFolder) store.getFolder(reference.folder());
            folder.open(Folder.READ_ONLY);
            try {
                requireSameUidValidity(folder, reference);
                return appendStripped(folder, account, reference, folder.getMessageByUID(reference.uid()));
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw unavailable(account, e instanceof MessagingException m ? m : new MessagingException("read", e));
        }
    }

    private static String stripOfKeyword(MailReference reference) {
        return STRIP_OF_KEYWORD + reference.uidValidity() + "-" + reference.uid();
    }

    private static Optional<String> strippedCopyOf(IMAPFolder folder, MailAccount account, MailReference original)
            throws MessagingException {
        Message[] found = folder.search(new FlagTerm(new Flags(stripOfKeyword(original)), true));
        for (Message candidate : found) {
            if (!candidate.isExpunged()) {
                return Optional.of(new MailReference(account.name(), folder.getFullName(), folder.getUIDValidity(),
                        folder.getUID(candidate)).toString());
            }
        }
        return Optional.empty();
    }

    private String appendStripped(IMAPFolder folder, MailAccount account, MailReference from, Message original)
            throws MessagingException, IOException {
        Date arrived = original.getReceivedDate();
        MimeMessage stripped = new MimeMessage(session) {
            @Override
            public Date getReceivedDate() {
                return arrived; // the copy keeps the original's arrival date (INTERNALDATE)
            }
        };
        MimeMultipart attachments = new MimeMultipart();
        collectAttachments(original, attachments);
        if (attachments.getCount() == 0) {
            throw new IllegalStateException("the mail has no attachment to keep: erase it as a whole");
        }
        stripped.setContent(attachments);
        stripped.saveChanges();
        for (String name : MINIMAL_HEADERS) {
            stripped.removeHeader(name); // saveChanges made a Message-ID of its own
            String[] values = original.getHeader(name);
            if (values != null) {
                for (String value : values) {
                    stripped.addHeader(name, value);
                }
            }
        }
        Flags keywords = new Flags();
        for (String keyword : original.getFlags().getUserFlags()) {
            if (keyword.startsWith("DSR-")) {
                keywords.add(keyword);
            }
        }
        keywords.add(STRIPPED_KEYWORD);
        keywords.add(stripOfKeyword(from));
        keywords.add(Flags.Flag.SEEN);
        stripped.setFlags(keywords, true);
        AppendUID[] appended = folder.appendUIDMessages(new Message[] {stripped});
        if (appended != null && appended.length == 1 && appended[0] != null) {
            return new MailReference(account.name(), folder.getFullName(), appended[0].uidvalidity, appended[0].uid)
                    .toString();
        }
        return strippedCopyOf(folder, account, from)
                .orElseThrow(() -> new MessagingException("stripped copy not found after APPEND"));
    }

    /** The attachments of {@code part}, byte for byte with their own headers. */
    private static void collectAttachments(Part part, MimeMultipart into) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collectAttachments(multipart.getBodyPart(i), into);
            }
        } else if (part instanceof MimeBodyPart body
                && (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null)) {
            InternetHeaders headers = new InternetHeaders();
            Enumeration<String> lines = body.getAllHeaderLines();
            while (lines.hasMoreElements()) {
                headers.addHeaderLine(lines.nextElement());
            }
            try (InputStream raw = body.getRawInputStream()) {
                into.addBodyPart(new MimeBodyPart(headers, raw.readAllBytes()));
            }
        }
    }

    @Override
    public String lift(String reference) throws StoreUnavailableException {
        MailReference parsed = MailReference.parse(reference);
        Flags dsrKeywords = onRestrictedMessage(parsed, Folder.READ_ONLY, (folder, message) -> {
            Flags keywords = new Flags();
            for (String keyword : message.getFlags().getUserFlags()) {
                if (keyword.startsWith(ORIGIN_KEYWORD) || keyword.startsWith(HOLD_KEYWORD)
                        || keyword.startsWith(FROM_KEYWORD)) {
                    keywords.add(keyword);
                }
            }
            return keywords;
        });
        String origin = "INBOX";
        for (String keyword : dsrKeywords.getUserFlags()) {
            if (keyword.startsWith(ORIGIN_KEYWORD)) {
                origin = new String(HexFormat.of().parseHex(keyword.substring(ORIGIN_KEYWORD.length())),
                        StandardCharsets.UTF_8);
            }
        }
        return move(parsed, origin, null, dsrKeywords);
    }

    /** Replaces a restricted message's hold keyword by one for {@code holdUntil}, in place. */
    private void holdUntil(MailReference reference, LocalDate holdUntil) throws StoreUnavailableException {
        String keyword = HOLD_KEYWORD + BASIC_DATE.format(holdUntil);
        onRestrictedMessage(reference, Folder.READ_WRITE, (folder, message) -> {
            Flags stale = new Flags();
            for (String existing : message.getFlags().getUserFlags()) {
                if (existing.startsWith(HOLD_KEYWORD) && !existing.equals(keyword)) {
                    stale.add(existing);
                }
            }
            if (stale.getUserFlags().length > 0) {
                folder.setFlags(new Message[] {message}, stale, false);
            }
            folder.setFlags(new Message[] {message}, new Flags(keyword), true);
            return null;
        });
    }

    @FunctionalInterface
    private interface MessageAction<T> {
        T apply(IMAPFolder folder, Message message) throws MessagingException;
    }

    /** Runs {@code action} on the restricted message under {@code reference}, its folder opened in {@code mode}. */
    private <T> T onRestrictedMessage(MailReference reference, int mode, MessageAction<T> action)
            throws StoreUnavailableException {
        MailAccount account = account(reference);
        try (Store store = connect(account)) {
            IMAPFolder folder = (IMAPFolder) store.getFolder(reference.folder());
            folder.open(mode);
            try {
                requireSameUidValidity(folder, reference);
                Message message = folder.getMessageByUID(reference.uid());
                if (message == null) {
                    throw new IllegalArgumentException("no restricted message under that reference");
                }
                return action.apply(folder, message);
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw unavailable(account, e);
        }
    }

    /** Moves one message, setting or clearing keywords on the way; returns its new reference. */
    private String move(MailReference from, String targetName, Flags add, Flags remove)
            throws StoreUnavailableException {
        MailAccount account = account(from);
        try (Store store = connect(account)) {
            IMAPFolder source = (IMAPFolder) store.getFolder(from.folder());
            IMAPFolder target = (IMAPFolder) store.getFolder(targetName);
            if (!target.exists()) {
                target.create(Folder.HOLDS_MESSAGES);
            }
            source.open(Folder.READ_WRITE);
            try {
                requireSameUidValidity(source, from);
                Message message = source.getMessageByUID(from.uid());
                if (message == null) {
                    throw new IllegalArgumentException("no message under that reference");
                }
                if (add != null) {
                    source.setFlags(new Message[] {message}, add, true);
                }
                if (remove != null) {
                    source.setFlags(new Message[] {message}, remove, false);
                }
                String messageId = header(message, "Message-ID");
                AppendUID[] moved;
                if (((IMAPStore) store).hasCapability("MOVE")) {
                    moved = source.moveUIDMessages(new Message[] {message}, target);
                } else {
                    moved = source.copyUIDMessages(new Message[] {message}, target);
                    source.setFlags(new Message[] {message}, new Flags(Flags.Flag.DELETED), true);
                    source.expunge(new Message[] {message});
                }
                if (moved != null && moved.length == 1 && moved[0] != null) {
                    return new MailReference(account.name(), targetName, moved[0].uidvalidity, moved[0].uid).toString();
                }
                return findByMessageId(target, account, messageId);
            } finally {
                source.close(false);
            }
        } catch (MessagingException e) {
            throw unavailable(account, e);
        }
    }

    /** Without COPYUID from the server, the moved copy is found by its Message-ID. */
    private static String findByMessageId(IMAPFolder target, MailAccount account, String messageId)
            throws MessagingException {
        if (messageId == null) {
            throw new MessagingException("moved message has no Message-ID and the server sent no COPYUID");
        }
        target.open(Folder.READ_ONLY);
        try {
            Message[] found = target.search(new HeaderTerm("Message-ID", messageId));
            if (found.length == 0) {
                throw new MessagingException("moved message not found in the target folder");
            }
            Message last = found[found.length - 1];
            return new MailReference(account.name(), target.getFullName(), target.getUIDValidity(),
                    ((UIDFolder) target).getUID(last)).toString();
        } finally {
            target.close(false);
        }
    }

    private static void requireSameUidValidity(IMAPFolder folder, MailReference reference) throws MessagingException {
        if (folder.getUIDValidity() != reference.uidValidity()) {
            // the UID may now name another message: never act on it
            throw new IllegalStateException("folder was rebuilt (UIDVALIDITY changed): locate the subject again");
        }
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private MailAccount account(MailReference reference) {
        return settings.accounts().stream().filter(account -> account.name().equals(reference.account())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("account " + reference.account() + " is not configured"));
    }

    private Store connect(MailAccount account) throws MessagingException {
        Store store = session.getStore(account.ssl() ? "imaps" : "imap");
        store.connect(account.host(), account.port(), account.login(), account.password());
        return store;
    }

    private static StoreUnavailableException unavailable(MailAccount account, MessagingException e) {
        return new StoreUnavailableException(ImapMailReader.STORE,
                "account " + account.name() + ": " + e.getClass().getSimpleName(), e);
    }
}

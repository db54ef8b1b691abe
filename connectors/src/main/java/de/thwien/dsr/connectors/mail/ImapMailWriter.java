package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.spi.StoreRefusedException;
import de.thwien.dsr.platform.mail.FolderNames;
import de.thwien.dsr.connectors.spi.ErasureResult;
import de.thwien.dsr.connectors.spi.Mention;
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
import org.eclipse.angus.mail.iap.CommandFailedException;
import org.eclipse.angus.mail.imap.AppendUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Write side of the IMAP mail store (an account login with write access, or a master login).
 * <ul>
 *   <li>erase: {@code UID STORE +FLAGS (\Deleted)} and {@code UID EXPUNGE} of that one message
 *       (other messages flagged \Deleted by a mail client stay untouched);</li>
 *   <li>restrict: move into the restricted folder ({@link MailSettings#restrictedFolder()}), which
 *       normal clients are not meant to use, then mark the moved message with the one fixed keyword
 *       {@value #RESTRICTED_KEYWORD}. Nothing per message is kept on the server: the hold date stays in the erasure
 *       service's plan, and the folder the message came from is part of the reference restrict returns
 *       ({@link MailReference#origin()}), which the erasure service keeps. Per-message keywords would not work on
 *       Dovecot: it refuses keywords over 50 characters, and Maildir keeps only 26 distinct keywords per folder;</li>
 *   <li>lift: drop the marker and move back to the origin folder; lifting a lifted message does nothing.</li>
 *   <li>erase the body of a restricted mail whose attachment is held longer (LEGAL.md §3): APPEND to the restricted
 *       folder a copy holding only the attachments and the minimal headers (From, To, Date, Subject, Message-ID),
 *       with the original's marker, its arrival date and {@code DSR-stripped} plus {@code DSR-strip-of-<uidvalidity>-<uid>};
 *       then expunge the original. A crash between the two is completed by the next attempt, which finds the copy
 *       by that keyword instead of appending a second one.</li>
 * </ul>
 * Moving gives the message a new UID: restrict and lift return the new reference. A {@code NO} from the server
 * (e.g. {@code NO [CANNOT]}) is a refusal ({@link StoreRefusedException}), not an outage: asking again gets the same
 * answer.
 */
public final class ImapMailWriter implements StoreWriter {

    /** The one keyword the writer sets on a restricted message, after the move: fixed and short. */
    static final String RESTRICTED_KEYWORD = "DSR-restricted";
    /** On a restricted mail whose body was erased: only its attachments and minimal headers are left. */
    static final String STRIPPED_KEYWORD = "DSR-stripped";
    /** {@code DSR-strip-of-<uidvalidity>-<uid>}: the restricted message a stripped copy replaces (at most 34 characters). */
    static final String STRIP_OF_KEYWORD = "DSR-strip-of-";
    /** Every keyword the writer sets starts with this; lifting drops them all. */
    private static final String KEYWORD_PREFIX = "DSR-";
    /** {@code DSR-origin-<hex of the folder name>}: where earlier versions kept a restricted message's origin. */
    private static final String EARLIER_ORIGIN_KEYWORD = "DSR-origin-";
    /**
     * On a mail whose mention of a person was removed: {@code <uidvalidity>-<uid>} of the message it replaces. A
     * header, not a keyword: the copy stays in normal use, and Dovecot's Maildir keeps only 26 keywords per folder.
     */
    static final String REDACTION_OF_HEADER = "X-DSR-Redaction-Of";
    /** The headers a redacted mail keeps as they were (From, To and Cc are kept without her name). */
    private static final List<String> REDACTED_KEEPS = List.of("Date", "Message-ID", "In-Reply-To", "References");
    /** The headers a stripped mail keeps: enough to show the voucher's sender, recipient and date in an audit. */
    static final List<String> MINIMAL_HEADERS = List.of("From", "To", "Date", "Subject", "Message-ID");
    /** IMAP response codes of a {@code NO} that passes (RFC 5530): retried as an outage, not a refusal. */
    private static final Set<String> PASSING_CODES = Set.of("UNAVAILABLE", "INUSE", "SERVERBUG", "EXPUNGEISSUED");
    private static final Pattern RESPONSE_CODE = Pattern.compile("\\[([A-Z-]+)");

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

    /**
     * A writer whose restricted folder name fits every account's server: checked against the server's hierarchy
     * separator when the store is first opened, so a name like {@code Archiv/Gesperrt} on a server that separates
     * with {@code .} is reported with a clear message (the items wait and show it) instead of failing at the first
     * restriction.
     */
    public static ImapMailWriter open(MailSettings settings) throws StoreUnavailableException {
        ImapMailWriter writer = new ImapMailWriter(settings);
        for (MailAccount account : settings.accounts()) {
            Optional<String> problem;
            try (Store store = writer.connect(account)) {
                problem = FolderNames.problem(settings.restrictedFolder(), store.getDefaultFolder().getSeparator());
            } catch (MessagingException e) {
                throw unavailable(account, e);
            }
            if (problem.isPresent()) {
                throw new StoreUnavailableException(ImapMailReader.STORE, "account " + account.name()
                        + ": the restricted folder name '" + settings.restrictedFolder() + "' " + problem.get());
            }
        }
        return writer;
    }

    @Override
    public String store() {
        return ImapMailReader.STORE;
    }

    /**
     * Expunges the message. Asked with a reference from before a restriction moved it (the caller crashed before it
     * kept the new one), the message is found in the restricted folder by its Message-ID and erased there; without a
     * Message-ID in the reference, a message no longer under it counts as erased before, as it always did.
     */
    @Override
    public ErasureResult erase(String reference) throws StoreUnavailableException, StoreRefusedException {
        MailReference parsed = MailReference.parse(reference);
        MailAccount account = account(parsed);
        try (Store store = connect(account)) {
            IMAPFolder folder = (IMAPFolder) store.getFolder(parsed.folder());
            if (folder.exists()) {
                folder.open(Folder.READ_WRITE);
                try {
                    Optional<Message> message = current(folder, parsed);
                    if (message.isPresent()) {
                        expunge(folder, message.get());
                        return ErasureResult.complete();
                    }
                } finally {
                    folder.close(false);
                }
            }
            if (parsed.folder().equals(settings.restrictedFolder())) {
                return ErasureResult.complete(); // erased before
            }
            IMAPFolder restricted = (IMAPFolder) store.getFolder(settings.restrictedFolder());
            if (parsed.messageId() == null || !restricted.exists()) {
                return ErasureResult.complete(); // erased before
            }
            restricted.open(Folder.READ_WRITE);
            try {
                Optional<Message> moved = onlyOneWithMessageId(restricted, account, parsed.messageId());
                if (moved.isPresent()) {
                    expunge(restricted, moved.get());
                }
            } finally {
                restricted.close(false);
            }
        } catch (MessagingException e) {
            throw failed(account, "erase", e);
        }
        return ErasureResult.complete();
    }

    private static void expunge(IMAPFolder folder, Message message) throws MessagingException {
        folder.setFlags(new Message[] {message}, new Flags(Flags.Flag.DELETED), true);
        folder.expunge(new Message[] {message}); // UID EXPUNGE: only this message
    }

    /**
     * The message the reference names in its open folder: under its UID while the folder keeps its UIDVALIDITY; in a
     * folder rebuilt since, the one message with the reference's Message-ID (none: empty). A rebuilt folder and a
     * reference without Message-ID: the UID may now name another message, so nothing is done.
     */
    private static Optional<Message> current(IMAPFolder folder, MailReference reference) throws MessagingException,
            StoreRefusedException {
        if (folder.getUIDValidity() == reference.uidValidity()) {
            Message message = folder.getMessageByUID(reference.uid());
            return message == null || message.isExpunged() ? Optional.empty() : Optional.of(message);
        }
        if (reference.messageId() == null) {
            requireSameUidValidity(folder, reference);
        }
        return onlyOneWithMessageId(folder, null, reference.messageId());
    }

    /**
     * The one message of the open folder with this Message-ID; several (the same mail twice) are a refusal: which of
     * them the reference meant cannot be told, and acting on the wrong one could undo another case's restriction.
     */
    private static Optional<Message> onlyOneWithMessageId(IMAPFolder folder, MailAccount account, String messageId)
            throws MessagingException, StoreRefusedException {
        List<Message> found = withMessageId(folder, messageId);
        if (found.size() > 1) {
            throw new StoreRefusedException(ImapMailReader.STORE, (account == null ? "" : "account " + account.name()
                    + ": ") + found.size() + " messages with the reference's Message-ID in the folder "
                    + folder.getFullName() + ": which one is meant has to be chosen in the mailbox", null);
        }
        return found.stream().findFirst();
    }

    /** The messages of the open folder whose Message-ID is exactly this one (the server's SEARCH matches substrings). */
    private static List<Message> withMessageId(IMAPFolder folder, String messageId) throws MessagingException {
        List<Message> found = new ArrayList<>();
        for (Message candidate : folder.search(new HeaderTerm("Message-ID", messageId))) {
            String id = header(candidate, "Message-ID");
            if (!candidate.isExpunged() && id != null && messageId.equals(id.strip())) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** A message is restricted while it lies in the restricted folder; a restored copy in its old folder is not. */
    @Override
    public boolean isRestricted(String reference) {
        return MailReference.parse(reference).folder().equals(settings.restrictedFolder());
    }

    @Override
    public String restrict(String reference, LocalDate holdUntil)
            throws StoreUnavailableException, StoreRefusedException {
        MailReference parsed = MailReference.parse(reference);
        if (parsed.folder().equals(settings.restrictedFolder())) {
            return reference; // restricted already; its hold date is the erasure service's, not the server's
        }
        MailReference moved = move(parsed, settings.restrictedFolder(), null, true, "restrict");
        return new MailReference(moved.account(), moved.folder(), moved.uidValidity(), moved.uid(), parsed.folder(),
                parsed.messageId()).toString();
    }

    @Override
    public String erasePart(String reference, Finding.PartKind part)
            throws StoreUnavailableException, StoreRefusedException {
        if (part != Finding.PartKind.BODY) {
            throw new IllegalArgumentException("a mail's attachments go with the whole mail, not apart");
        }
        return replace(reference, "erase the body", new Replacement() {
            @Override
            public boolean isCopy(Message message) throws MessagingException {
                return message.getFlags().contains(STRIPPED_KEYWORD);
            }

            @Override
            public Optional<String> copyOf(IMAPFolder folder, MailReference original) throws MessagingException {
                return strippedCopyOf(folder, original);
            }

            @Override
            public String append(IMAPFolder folder, MailReference from, Message original)
                    throws MessagingException, IOException {
                return appendStripped(folder, from, original);
            }
        });
    }

    /**
     * A third party's mail with only her mention removed: replaced, in its folder, by a copy whose subject and text
     * parts (plain and HTML) name her as {@link Mention#placeholder()}, with the original's From, To, Cc (her name
     * taken out of the display names, her own address left out), Date, Message-ID, In-Reply-To and References, its
     * flags and arrival date; then the original is expunged. Attachments and other parts that are not text are left
     * out of the copy: whether a PDF or an image names her cannot be checked, and the assistant chose this only for a
     * mail whose text mentions her. The copy carries {@value #REDACTION_OF_HEADER}, which finds it again after a crash
     * between the two steps, and says in the mailbox that the mail was redacted.
     */
    @Override
    public String redact(String reference, Mention mention) throws StoreUnavailableException, StoreRefusedException {
        return replace(reference, "redact", new Replacement() {
            @Override
            public boolean isCopy(Message message) throws MessagingException {
                return message.getHeader(REDACTION_OF_HEADER) != null;
            }

            @Override
            public Optional<String> copyOf(IMAPFolder folder, MailReference original) throws MessagingException {
                return redactedCopyOf(folder, original);
            }

            @Override
            public String append(IMAPFolder folder, MailReference from, Message original)
                    throws MessagingException, IOException {
                MimeMessage copy = arrivedWith(original);
                RedactedText.fill(copy, original, mention);
                copy.setSubject(mention.removedFrom(original.getSubject()), "UTF-8");
                copy.saveChanges();
                for (String name : REDACTED_KEEPS) {
                    copy.removeHeader(name); // saveChanges made a Message-ID and a Date of its own
                    copyHeader(original, copy, name);
                }
                for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
                    copy.setRecipients(type, RedactedText.addresses(original.getRecipients(type), mention));
                }
                copy.addFrom(RedactedText.addresses(original.getFrom(), mention));
                copy.setHeader(REDACTION_OF_HEADER, from.uidValidity() + "-" + from.uid());
                Flags flags = new Flags(original.getFlags());
                flags.remove(Flags.Flag.RECENT);
                flags.remove(Flags.Flag.DELETED);
                copy.setFlags(flags, true);
                return appendCopy(folder, from, copy, () -> redactedCopyOf(folder, from));
            }
        });
    }

    /** How a message is replaced by a copy of it: a voucher's stripped body, a mail with a mention redacted. */
    private interface Replacement {
        /** Whether the message asked for is the copy already. */
        boolean isCopy(Message message) throws MessagingException;

        /** The copy of {@code original} made by an earlier attempt, if any. */
        Optional<String> copyOf(IMAPFolder folder, MailReference original) throws MessagingException;

        /** Appends the copy to {@code folder} and returns its reference. */
        String append(IMAPFolder folder, MailReference from, Message original) throws MessagingException, IOException;
    }

    /**
     * Appends the copy, then expunges the original. A crash between the two is completed by the next attempt, which
     * finds the copy instead of appending a second one; asked with the copy's own reference, it returns it.
     */
    private String replace(String reference, String operation, Replacement replacement)
            throws StoreUnavailableException, StoreRefusedException {
        MailReference parsed = MailReference.parse(reference);
        MailAccount account = account(parsed);
        try (Store store = connect(account)) {
            IMAPFolder folder = (IMAPFolder) store.getFolder(parsed.folder());
            folder.open(Folder.READ_WRITE);
            try {
                requireSameUidValidity(folder, parsed);
                Message message = folder.getMessageByUID(parsed.uid());
                boolean present = message != null && !message.isExpunged();
                if (present && replacement.isCopy(message)) {
                    return reference;
                }
                Optional<String> copy = replacement.copyOf(folder, parsed);
                if (copy.isEmpty() && !present) {
                    throw new IllegalArgumentException("no message under that reference");
                }
                String replaced = copy.isPresent() ? copy.get() : replacement.append(folder, parsed, message);
                if (present) {
                    folder.setFlags(new Message[] {message}, new Flags(Flags.Flag.DELETED), true);
                    folder.expunge(new Message[] {message}); // UID EXPUNGE: only the original
                }
                return replaced;
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw failed(account, operation, e instanceof MessagingException m ? m : new MessagingException("read", e));
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
                return appendStripped(folder, reference, folder.getMessageByUID(reference.uid()));
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

    private static Optional<String> strippedCopyOf(IMAPFolder folder, MailReference original)
            throws MessagingException {
        Message[] found = folder.search(new FlagTerm(new Flags(stripOfKeyword(original)), true));
        for (Message candidate : found) {
            if (!candidate.isExpunged()) {
                return Optional.of(original.at(folder.getFullName(), folder.getUIDValidity(), folder.getUID(candidate))
                        .toString());
            }
        }
        return Optional.empty();
    }

    private String appendStripped(IMAPFolder folder, MailReference from, Message original)
            throws MessagingException, IOException {
        MimeMessage stripped = arrivedWith(original);
        MimeMultipart attachments = new MimeMultipart();
        collectAttachments(original, attachments);
        if (attachments.getCount() == 0) {
            throw new IllegalStateException("the mail has no attachment to keep: erase it as a whole");
        }
        stripped.setContent(attachments);
        stripped.saveChanges();
        for (String name : MINIMAL_HEADERS) {
            stripped.removeHeader(name); // saveChanges made a Message-ID of its own
            copyHeader(original, stripped, name);
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
        return appendCopy(folder, from, stripped, () -> strippedCopyOf(folder, from));
    }

    /** A new message that keeps the original's arrival date (INTERNALDATE) when appended. */
    private MimeMessage arrivedWith(Message original) throws MessagingException {
        Date arrived = original.getReceivedDate();
        return new MimeMessage(session) {
            @Override
            public Date getReceivedDate() {
                return arrived;
            }
        };
    }

    private static void copyHeader(Message from, MimeMessage to, String name) throws MessagingException {
        String[] values = from.getHeader(name);
        if (values != null) {
            for (String value : values) {
                to.addHeader(name, value);
            }
        }
    }

    private interface CopyLookup {
        Optional<String> find() throws MessagingException;
    }

    /** APPENDs the copy; its reference from APPENDUID, or, from a server without it, found as an earlier attempt would. */
    private static String appendCopy(IMAPFolder folder, MailReference from, MimeMessage copy, CopyLookup lookup)
            throws MessagingException {
        AppendUID[] appended = folder.appendUIDMessages(new Message[] {copy});
        if (appended != null && appended.length == 1 && appended[0] != null) {
            return from.at(folder.getFullName(), appended[0].uidvalidity, appended[0].uid).toString();
        }
        return lookup.find().orElseThrow(() -> new MessagingException("copy not found after APPEND"));
    }

    private static Optional<String> redactedCopyOf(IMAPFolder folder, MailReference original)
            throws MessagingException {
        Message[] found = folder.search(new HeaderTerm(REDACTION_OF_HEADER, original.uidValidity() + "-" + original.uid()));
        for (Message candidate : found) {
            if (!candidate.isExpunged()) {
                return Optional.of(original.at(folder.getFullName(), folder.getUIDValidity(), folder.getUID(candidate))
                        .toString());
            }
        }
        return Optional.empty();
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
    public String lift(String reference) throws StoreUnavailableException, StoreRefusedException {
        MailReference parsed = MailReference.parse(reference);
        MailAccount account = account(parsed);
        Flags dsrKeywords = new Flags();
        String origin = parsed.origin();
        try (Store store = connect(account)) {
            IMAPFolder folder = (IMAPFolder) store.getFolder(parsed.folder());
            if (!folder.exists()) {
                return reference; // nothing restricted is left there: lifted before
            }
            folder.open(Folder.READ_ONLY);
            try {
                requireSameUidValidity(folder, parsed);
                Message message = folder.getMessageByUID(parsed.uid());
                if (message == null || message.isExpunged()) {
                    return reference; // lifted before: nothing to do
                }
                for (String keyword : message.getFlags().getUserFlags()) {
                    if (keyword.startsWith(KEYWORD_PREFIX)) {
                        dsrKeywords.add(keyword); // back in normal use: nothing of the restriction stays on it
                    }
                    if (origin == null && keyword.startsWith(EARLIER_ORIGIN_KEYWORD)) {
                        origin = new String(HexFormat.of().parseHex(keyword.substring(EARLIER_ORIGIN_KEYWORD.length())),
                                StandardCharsets.UTF_8);
                    }
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw failed(account, "lift", e);
        }
        // the marker goes before the move, so the origin folder never learns the keyword
        return move(parsed, origin == null ? "INBOX" : origin, dsrKeywords, false, "lift").withoutOrigin().toString();
    }

    /**
     * Moves one message, clearing {@code remove} before and setting the marker after the move if {@code mark};
     * returns its new place.
     */
    private MailReference move(MailReference from, String targetName, Flags remove, boolean mark, String operation)
            throws StoreUnavailableException, StoreRefusedException {
        MailAccount account = account(from);
        try (Store store = connect(account)) {
            IMAPFolder source = (IMAPFolder) store.getFolder(from.folder());
            IMAPFolder target = existingFolder(store, account, targetName);
            source.open(Folder.READ_WRITE);
            MailReference moved;
            try {
                Optional<Message> message = current(source, from);
                // moved into the restricted folder by an earlier attempt whose answer was lost: found, marked below
                Optional<MailReference> movedBefore = message.isEmpty() && mark
                        ? restrictedByMessageId(target, account, from.messageId()) : Optional.empty();
                if (movedBefore.isPresent()) {
                    moved = movedBefore.get();
                } else if (message.isEmpty()) {
                    throw new StoreRefusedException(ImapMailReader.STORE, "account " + account.name()
                            + ": no message under the reference any more (moved or deleted in the mailbox, or moved"
                            + " by an earlier attempt whose answer was lost): look for it in the folder " + targetName,
                            null);
                } else {
                    moved = moveMessage(store, source, target, account, message.get(), remove);
                }
            } finally {
                source.close(false);
            }
            if (mark) {
                markRestricted(target, moved);
            }
            return from.messageId() == null ? moved : new MailReference(moved.account(), moved.folder(),
                    moved.uidValidity(), moved.uid(), null, from.messageId());
        } catch (MessagingException e) {
            throw failed(account, operation, e);
        }
    }

    private static MailReference moveMessage(Store store, IMAPFolder source, IMAPFolder target, MailAccount account,
            Message message, Flags remove) throws MessagingException {
        if (remove != null && remove.getUserFlags().length > 0) {
            source.setFlags(new Message[] {message}, remove, false);
        }
        String messageId = header(message, "Message-ID");
        AppendUID[] result;
        if (((IMAPStore) store).hasCapability("MOVE")) {
            result = source.moveUIDMessages(new Message[] {message}, target);
        } else {
            result = source.copyUIDMessages(new Message[] {message}, target);
            source.setFlags(new Message[] {message}, new Flags(Flags.Flag.DELETED), true);
            source.expunge(new Message[] {message});
        }
        return result != null && result.length == 1 && result[0] != null
                ? new MailReference(account.name(), target.getFullName(), result[0].uidvalidity, result[0].uid)
                : findByMessageId(target, account, messageId);
    }

    /** The folder, created and subscribed if it is missing; a server that will not create it refuses. */
    private static IMAPFolder existingFolder(Store store, MailAccount account, String name)
            throws MessagingException, StoreRefusedException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(name);
        if (folder.exists()) {
            return folder;
        }
        if (!folder.create(Folder.HOLDS_MESSAGES) || !folder.exists()) {
            throw new StoreRefusedException(ImapMailReader.STORE, "account " + account.name()
                    + ": the server did not create the folder " + name + " (check its name against the server's"
                    + " hierarchy separator '" + store.getDefaultFolder().getSeparator() + "')", null);
        }
        folder.setSubscribed(true); // so that an operator's mail client shows it
        return folder;
    }

    private static void markRestricted(IMAPFolder target, MailReference moved) throws MessagingException {
        target.open(Folder.READ_WRITE);
        try {
            Message message = target.getMessageByUID(moved.uid());
            if (message != null) {
                target.setFlags(new Message[] {message}, new Flags(RESTRICTED_KEYWORD), true);
            }
        } finally {
            target.close(false);
        }
    }

    /**
     * The message with this Message-ID in the restricted folder (a restriction asked again with the reference from
     * before the move), found as {@link #redactedCopyOf} finds a redacted copy by its header. Only restricted mails
     * are there; one still without the marker is the one whose move was interrupted, so it is preferred.
     */
    private static Optional<MailReference> restrictedByMessageId(IMAPFolder target, MailAccount account,
            String messageId) throws MessagingException {
        if (messageId == null) {
            return Optional.empty();
        }
        target.open(Folder.READ_ONLY);
        try {
            Message chosen = null;
            for (Message candidate : withMessageId(target, messageId)) {
                if (chosen == null || !candidate.getFlags().contains(RESTRICTED_KEYWORD)) {
                    chosen = candidate;
                }
            }
            return chosen == null ? Optional.empty() : Optional.of(new MailReference(account.name(),
                    target.getFullName(), target.getUIDValidity(), target.getUID(chosen)));
        } finally {
            target.close(false);
        }
    }

    /** Without COPYUID from the server, the moved copy is found by its Message-ID. */
    private static MailReference findByMessageId(IMAPFolder target, MailAccount account, String messageId)
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
                    ((UIDFolder) target).getUID(last));
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

    /**
     * A {@code NO} answer is the server's refusal (e.g. {@code NO [CANNOT]} for a keyword it does not take), except
     * the response codes that say it passes; anything else is an outage. Only the response code is kept: the
     * server's text may name a folder.
     */
    static StoreUnavailableException failed(MailAccount account, String operation, MessagingException e)
            throws StoreRefusedException {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandFailedException no) {
                Matcher code = RESPONSE_CODE.matcher(String.valueOf(no.getMessage()));
                String responseCode = code.find() ? code.group(1) : null;
                if (responseCode == null || !PASSING_CODES.contains(responseCode)) {
                    throw new StoreRefusedException(ImapMailReader.STORE, "account " + account.name()
                            + ": the server answered NO" + (responseCode == null ? "" : " [" + responseCode + "]")
                            + " to " + operation, e);
                }
            }
        }
        return unavailable(account, e);
    }

    private static StoreUnavailableException unavailable(MailAccount account, MessagingException e) {
        return new StoreUnavailableException(ImapMailReader.STORE,
                "account " + account.name() + ": " + e.getClass().getSimpleName(), e);
    }
}

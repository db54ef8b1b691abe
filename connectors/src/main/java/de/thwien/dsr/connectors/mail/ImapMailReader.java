package de.thwien.dsr.connectors.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.connectors.identity.EmailNormaliser;
import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.identity.Identifiers;
import de.thwien.dsr.connectors.identity.NameFinder;
import de.thwien.dsr.platform.mail.AutomaticMail;
import de.thwien.dsr.platform.mail.MailLanguage;
import de.thwien.dsr.connectors.identity.PhoneNormaliser;
import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.CrawlResult;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.HeaderTerm;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Read side of the IMAP mail store: crawls every folder of every configured account (Sent
 * included), incrementally by UID per folder; a folder whose UIDVALIDITY changed is crawled again
 * from the start and reported in {@link CrawlResult#recrawledPrefixes()} so that the index drops its
 * old references. Matching happens in the index, not with IMAP SEARCH (servers differ in how they
 * match addresses; GreenMail only matches exact ones).
 */
public final class ImapMailReader implements StoreReader {

    public static final String STORE = StoreId.MAIL.id();
    /** Body text looked at for phone numbers, names and classification keywords. */
    static final int TEXT_LIMIT = 64 * 1024;
    /** Messages per crawl chunk: one FETCH round trip (two with large messages) per chunk, not per message. */
    static final int FETCH_BATCH = 200;
    /**
     * UID, size and arrival date are fetched for this many chunks at once: a FETCH round trip fewer per
     * chunk (on some servers every FETCH walks the whole folder, whatever it asks for), while what is held
     * per message stays small and is dropped with its chunk.
     */
    static final int SIZE_WINDOW_CHUNKS = 10;
    /**
     * Messages up to this size are fetched whole within the chunk's FETCH; larger ones (attachments)
     * get their envelope and body structure in the chunk and only their text parts one by one, so
     * that attachments are never downloaded by a crawl.
     */
    static final int WHOLE_MESSAGE_LIMIT = 256 * 1024;
    /** Whole messages fetched in one FETCH stay below this many bytes together. */
    private static final long WHOLE_FETCH_BYTES = 8L * 1024 * 1024;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Pattern SENT_FOLDER = Pattern.compile("(?i)(.*[./])?(sent|sent items|sent messages|gesendet|gesendete (objekte|elemente))");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] THREAD_HEADERS = {"Message-ID", "In-Reply-To", "References"};
    /** What {@link AutomaticMail} reads, fetched with a large message's envelope. */
    private static final String[] AUTOMATIC_HEADERS = {"Return-Path", "Auto-Submitted", "X-Autoreply",
        "X-Autorespond", "Precedence", "List-Id", "List-Unsubscribe"};

    private final MailSettings settings;
    private final MailClassifier classifier;
    private final InvoicedCustomers invoicedCustomers;
    private final Session session;
    private final ImapSessions sessions;
    private final int chunkSize;

    public ImapMailReader(MailSettings settings) {
        this(settings, InvoicedCustomers.NONE);
    }

    /** @param invoicedCustomers who is a customer with an invoice in the CRM (a business-letter signal) */
    public ImapMailReader(MailSettings settings, InvoicedCustomers invoicedCustomers) {
        this(settings, FETCH_BATCH, invoicedCustomers);
    }

    /** With a smaller chunk, so that tests can cross chunk boundaries with a handful of messages. */
    ImapMailReader(MailSettings settings, int chunkSize) {
        this(settings, chunkSize, InvoicedCustomers.NONE);
    }

    private ImapMailReader(MailSettings settings, int chunkSize, InvoicedCustomers invoicedCustomers) {
        this.settings = settings;
        this.chunkSize = chunkSize;
        this.invoicedCustomers = invoicedCustomers;
        this.classifier = new MailClassifier(settings.rules());
        Properties properties = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        for (String protocol : List.of("imap", "imaps")) {
            properties.setProperty("mail." + protocol + ".connectiontimeout", timeout);
            properties.setProperty("mail." + protocol + ".timeout", timeout);
        }
        this.session = Session.getInstance(properties);
        this.sessions = new ImapSessions(session, Clock.systemUTC());
    }

    @Override
    public String store() {
        return STORE;
    }

    /** The folder and the account's configured key (never its address): {@code INBOX/2024 (info)}. */
    @Override
    public String placeOf(String reference) {
        MailReference parsed = MailReference.parse(reference);
        return parsed.folder() + " (" + parsed.account() + ")";
    }

    /**
     * A restricted message as its crawl names it: folder, UIDVALIDITY, UID and Message-ID, without the folder it was
     * restricted from ({@code ;ORIGIN=}), which the erasure service keeps and the crawl cannot see.
     */
    @Override
    public String indexedReference(String reference) {
        return MailReference.parse(reference).withoutOrigin().toString();
    }

    /** Folder cursor: the UIDVALIDITY seen and the highest UID crawled in it. */
    record FolderCursor(long uidValidity, long lastUid) {
    }

    @Override
    public CrawlResult crawl(CrawlCursor cursor, Consumer<IndexedRecord> sink) throws StoreUnavailableException {
        Map<String, FolderCursor> folders = new LinkedHashMap<>(parseCursor(cursor));
        Set<String> recrawled = new LinkedHashSet<>();
        NameKeys names = new NameKeys();
        long visited = 0;
        for (MailAccount account : settings.accounts()) {
            try (Store store = connect(account)) {
                for (Folder folder : store.getDefaultFolder().list("*")) {
                    if ((folder.getType() & Folder.HOLDS_MESSAGES) == 0) {
                        continue;
                    }
                    visited += crawlFolder(account, (IMAPFolder) folder, folders, recrawled, names, sink);
                }
            } catch (MessagingException | IOException e) {
                throw unavailable(account, e);
            }
        }
        return new CrawlResult(formatCursor(folders), visited, recrawled);
    }

    private long crawlFolder(MailAccount account, IMAPFolder folder, Map<String, FolderCursor> folders,
            Set<String> recrawled, NameKeys names, Consumer<IndexedRecord> sink)
            throws MessagingException, IOException {
        String prefix = MailReference.folderPrefix(account.name(), folder.getFullName());
        folder.open(Folder.READ_ONLY);
        try {
            long uidValidity = folder.getUIDValidity();
            FolderCursor previous = folders.get(prefix);
            long lastUid = 0;
            if (previous != null && previous.uidValidity() == uidValidity) {
                lastUid = previous.lastUid();
            } else if (previous != null) {
                // only the references of the old UIDVALIDITY are stale
                recrawled.add(prefix + "UIDVALIDITY=" + previous.uidValidity() + "/");
            }
            boolean sent = isSentFolder(folder);
            // a first crawl takes every message without asking for UIDs first: they come with the sizes.
            // "n:*" always returns the last message, even when its UID is below n: filter below
            Message[] messages = lastUid == 0 ? folder.getMessages()
                    : folder.getMessagesByUID(lastUid + 1, UIDFolder.MAXUID);
            long visited = 0;
            int window = chunkSize * SIZE_WINDOW_CHUNKS;
            for (int start = 0; start < messages.length; start += chunkSize) {
                if (start % window == 0) {
                    folder.fetch(Arrays.copyOfRange(messages, start, Math.min(messages.length, start + window)),
                            sizeProfile());
                }
                Message[] chunk = Arrays.copyOfRange(messages, start, Math.min(messages.length, start + chunkSize));
                try {
                    fetchChunk(folder, chunk);
                    for (Message message : chunk) {
                        long uid = folder.getUID(message);
                        if (uid <= lastUid) {
                            continue;
                        }
                        sink.accept(indexed(account, folder, uidValidity, uid, message, sent, names));
                        lastUid = Math.max(lastUid, uid);
                        visited++;
                    }
                } finally {
                    release(chunk);
                }
            }
            folders.put(prefix, new FolderCursor(uidValidity, lastUid));
            return visited;
        } finally {
            folder.close(false);
        }
    }

    /**
     * Loads what {@link #indexed} reads for a whole chunk whose UIDs, sizes and arrival dates are known
     * in few round trips: messages up to {@link #WHOLE_MESSAGE_LIMIT} whole (in FETCHes of at most
     * {@link #WHOLE_FETCH_BYTES}), larger ones by envelope and body structure, their text parts later.
     */
    private static void fetchChunk(IMAPFolder folder, Message[] chunk) throws MessagingException {
        List<Message> large = new ArrayList<>();
        List<Message> whole = new ArrayList<>();
        long wholeBytes = 0;
        for (Message message : chunk) {
            int size = message.getSize();
            if (size > WHOLE_MESSAGE_LIMIT) {
                large.add(message);
                continue;
            }
            if (!whole.isEmpty() && wholeBytes + size > WHOLE_FETCH_BYTES) {
                folder.fetch(whole.toArray(Message[]::new), wholeMessageProfile());
                whole.clear();
                wholeBytes = 0;
            }
            whole.add(message);
            wholeBytes += Math.max(size, 0);
        }
        if (!whole.isEmpty()) {
            folder.fetch(whole.toArray(Message[]::new), wholeMessageProfile());
        }
        if (!large.isEmpty()) {
            folder.fetch(large.toArray(Message[]::new), fetchProfile());
        }
    }

    /**
     * The open folder keeps every message object it handed out, with whatever was fetched into it,
     * until it is closed: dropping a chunk's loaded content keeps a crawl's memory at one chunk.
     */
    private static void release(Message[] chunk) {
        for (Message message : chunk) {
            ((IMAPMessage) message).invalidateHeaders();
        }
    }

    private IndexedRecord indexed(MailAccount account, IMAPFolder folder, long uidValidity, long uid, Message message,
            boolean sent, NameKeys names) throws MessagingException, IOException {
        MessageContent content = MessageContent.of(message, TEXT_LIMIT);
        String own = EmailNormaliser.canonical(account.address()).orElse(null);
        Set<Identifier> identifiers = new LinkedHashSet<>();
        Set<Identifier> ownNames = new LinkedHashSet<>();
        for (InternetAddress address : addresses(message)) {
            Set<Identifier> emails = Identifiers.ofEmail(address.getAddress());
            if (own != null && emails.contains(new Identifier(IdentifierKind.EMAIL, own))) {
                // the account's own address would tie every message to the operator
                ownNames.addAll(names.of(address.getPersonal()));
                continue;
            }
            identifiers.addAll(emails);
            identifiers.addAll(names.of(address.getPersonal()));
        }
        PhoneNormaliser.findInText(content.text())
                .forEach(number -> identifiers.add(new Identifier(IdentifierKind.PHONE, number)));
        for (String name : NameFinder.findInText(content.text())) {
            for (Identifier key : names.of(name)) {
                // the sender's own signature would tie every sent mail to the operator's staff
                if (!ownNames.contains(key)) {
                    identifiers.add(key);
                }
            }
        }
        String from = sender(message);
        String inboundFrom = !sent && from != null && !from.equals(own) ? from : null;
        // a first contact is answered in the sender's language and never to a machine (list, auto-reply, bounce)
        String language = inboundFrom == null ? null
                : MailLanguage.told(Objects.requireNonNullElse(HeaderText.subject(message), "") + "\n" + content.text());
        boolean automatic = inboundFrom != null && AutomaticMail.reasonOf(name -> headerValues(message, name),
                message.getContentType(), from).isPresent();
        Date seen = sent ? firstNonNull(message.getSentDate(), message.getReceivedDate())
                : firstNonNull(message.getReceivedDate(), message.getSentDate());
        // the Message-ID lets a write asked again with this reference find the mail after it moved (MailReference)
        return new IndexedRecord(new MailReference(account.name(), folder.getFullName(), uidValidity, uid, null,
                        header(message, "Message-ID")).toString(),
                identifiers, inboundFrom, seen == null ? null : seen.toInstant(), language, automatic);
    }

    private static List<String> headerValues(Message message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? List.of() : List.of(values);
        } catch (MessagingException e) {
            return List.of();
        }
    }

    /**
     * Confirms the hits account by account on a pooled session ({@link ImapSessions}), folder by folder: one
     * {@code SELECT} and one {@code UID FETCH} per folder for all its hits, their content in FETCHes of
     * {@link #FETCH_BATCH} messages, then the messages they answer looked up with one {@code SELECT} per folder for
     * all of them ({@link #threadCategories}), not per hit.
     */
    @Override
    public List<Finding> find(Collection<RecordHit> hits) throws StoreUnavailableException {
        List<Finding> findings = new ArrayList<>();
        Map<String, Boolean> invoicedByAddress = new HashMap<>();
        Map<String, List<RecordHit>> byAccount = new LinkedHashMap<>();
        for (RecordHit hit : hits) {
            byAccount.computeIfAbsent(MailReference.parse(hit.reference()).account(), name -> new ArrayList<>()).add(hit);
        }
        for (Map.Entry<String, List<RecordHit>> entry : byAccount.entrySet()) {
            MailAccount account = account(entry.getKey());
            if (account == null) {
                continue; // an account no longer configured: its messages are out of reach, not erased
            }
            try {
                Map<RecordHit, Finding> confirmed = sessions.with(account,
                        store -> confirmed(store, entry.getValue(), invoicedByAddress));
                for (RecordHit hit : entry.getValue()) {
                    Finding finding = confirmed.get(hit);
                    if (finding != null) {
                        findings.add(finding);
                    }
                }
            } catch (MessagingException | IOException e) {
                throw unavailable(account, e);
            }
        }
        return findings;
    }

    /** What a finding needs from its message, read while its folder is open. */
    private record ReadMail(String folder, boolean sent, MailFacts facts, String subject, boolean invoiced,
            String messageId, List<String> referencedIds, Instant arrived) {

        /** The mail's calendar day in Europe/Berlin, which starts its retention. */
        LocalDate start() {
            return arrived == null ? null : arrived.atZone(ZONE).toLocalDate();
        }
    }

    private Map<RecordHit, Finding> confirmed(Store store, List<RecordHit> hits, Map<String, Boolean> invoicedByAddress)
            throws MessagingException, IOException {
        Map<String, List<RecordHit>> byFolder = new LinkedHashMap<>();
        for (RecordHit hit : hits) {
            byFolder.computeIfAbsent(MailReference.parse(hit.reference()).folder(), name -> new ArrayList<>()).add(hit);
        }
        Map<RecordHit, ReadMail> read = new HashMap<>();
        for (Map.Entry<String, List<RecordHit>> folder : byFolder.entrySet()) {
            read.putAll(readFolder(store, folder.getKey(), folder.getValue(), invoicedByAddress));
        }
        Map<RecordHit, Boolean> inTransactionThread = transactionElsewhereInThread(store, read, invoicedByAddress);
        Map<RecordHit, Finding> findings = new HashMap<>();
        read.forEach((hit, mail) -> findings.put(hit, finding(hit, mail, inTransactionThread.get(hit))));
        return findings;
    }

    /**
     * Whether another mail of each hit's thread shows a transaction ({@link MailThreads}): the hits are threaded
     * among themselves (a person's inquiry, our offer to her and her order confirmation are all hers), and the mails
     * they answer that are not among them are looked up by Message-ID ({@link #referencedSignals}).
     */
    private Map<RecordHit, Boolean> transactionElsewhereInThread(Store store, Map<RecordHit, ReadMail> read,
            Map<String, Boolean> invoicedByAddress) throws MessagingException, IOException {
        List<RecordHit> hits = new ArrayList<>(read.keySet());
        Set<String> known = new HashSet<>();
        Set<String> answered = new LinkedHashSet<>();
        for (ReadMail mail : read.values()) {
            if (mail.messageId() != null) {
                known.add(mail.messageId());
            }
            answered.addAll(mail.referencedIds());
        }
        answered.removeAll(known);
        List<MailThreads.ThreadedMail> threaded = new ArrayList<>();
        for (RecordHit hit : hits) {
            ReadMail mail = read.get(hit);
            threaded.add(new MailThreads.ThreadedMail(mail.messageId(), mail.referencedIds(), mail.subject(),
                    classifier.signalsATransaction(mail.facts(), mail.invoiced())));
        }
        referencedSignals(store, answered, invoicedByAddress).forEach((messageId, signal) ->
                threaded.add(new MailThreads.ThreadedMail(messageId, List.of(), null, signal)));
        List<Boolean> elsewhere = MailThreads.transactionElsewhereInThread(threaded);
        Map<RecordHit, Boolean> byHit = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            byHit.put(hits.get(i), elsewhere.get(i));
        }
        return byHit;
    }

    /** The hits of one folder that still exist under their reference (same UIDVALIDITY, UID not expunged). */
    private Map<RecordHit, ReadMail> readFolder(Store store, String folderName, List<RecordHit> hits,
            Map<String, Boolean> invoicedByAddress) throws MessagingException, IOException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(folderName);
        if (!folder.exists()) {
            return Map.of();
        }
        folder.open(Folder.READ_ONLY);
        try {
            long uidValidity = folder.getUIDValidity();
            // a folder rebuilt since: the next crawl indexes its messages under new references
            List<RecordHit> current = hits.stream()
                    .filter(hit -> MailReference.parse(hit.reference()).uidValidity() == uidValidity).toList();
            long[] uids = current.stream().mapToLong(hit -> MailReference.parse(hit.reference()).uid())
                    .distinct().toArray();
            if (uids.length == 0) {
                return Map.of();
            }
            Map<Long, Message> byUid = new HashMap<>();
            for (Message message : folder.getMessagesByUID(uids)) { // one UID FETCH; null for a UID that is gone
                if (message != null && !message.isExpunged()) {
                    byUid.put(folder.getUID(message), message);
                }
            }
            Message[] present = byUid.values().toArray(Message[]::new);
            folder.fetch(present, sizeProfile());
            boolean sent = isSentFolder(folder);
            Map<RecordHit, ReadMail> read = new HashMap<>();
            for (int start = 0; start < present.length; start += chunkSize) {
                Message[] chunk = Arrays.copyOfRange(present, start, Math.min(present.length, start + chunkSize));
                try {
                    fetchChunk(folder, chunk);
                    Set<Message> inChunk = Set.of(chunk);
                    for (RecordHit hit : current) {
                        Message message = byUid.get(MailReference.parse(hit.reference()).uid());
                        if (message != null && inChunk.contains(message)) {
                            read.put(hit, read(folder, message, sent, invoicedByAddress));
                        }
                    }
                } finally {
                    release(chunk);
                }
            }
            return read;
        } finally {
            folder.close(false);
        }
    }

    private ReadMail read(IMAPFolder folder, Message message, boolean sent, Map<String, Boolean> invoicedByAddress)
            throws MessagingException, IOException {
        MailFacts facts = facts(message, MessageContent.of(message, TEXT_LIMIT), sent);
        List<String> referenced = referencedMessageIds(message);
        Date date = sent ? firstNonNull(message.getSentDate(), message.getReceivedDate())
                : firstNonNull(message.getReceivedDate(), message.getSentDate());
        return new ReadMail(folder.getFullName(), sent, facts, HeaderText.subject(message),
                counterpartInvoiced(message, sent, invoicedByAddress), header(message, "Message-ID"), referenced,
                date == null ? null : date.toInstant());
    }

    private Finding finding(RecordHit hit, ReadMail mail, boolean inTransactionThread) {
        MailFacts facts = mail.facts();
        String category = classifier.classify(facts, inTransactionThread, mail.invoiced());
        List<Finding.Part> parts = classifier.carriesVoucher(facts)
                ? List.of(new Finding.Part(Finding.PartKind.BODY, classifier.bodyCategory(facts, inTransactionThread,
                        mail.invoiced())), new Finding.Part(Finding.PartKind.ATTACHMENTS, category))
                : List.of();
        List<String> categories = new ArrayList<>(List.of("email", "name", "message-content"));
        if (!PhoneNormaliser.findInText(facts.text()).isEmpty()) {
            categories.add("phone");
        }
        boolean voicemail = RetentionCategory.VOICEMAIL.id().equals(category);
        if (voicemail) {
            categories.add("voice-recording");
        }
        String summary = (mail.sent() ? "Sent mail" : "Mail") + " in " + mail.folder() + " of " + mail.start()
                + (facts.attachments().isEmpty() ? "" : ", " + facts.attachments().size() + " attachment(s)")
                + ": " + abbreviate(mail.subject());
        return new Finding(STORE, hit.reference(), categories, category, mail.start(), legalBasis(category),
                hit.strength(), summary, parts, mail.arrived(), voicemail ? caller(mail) : null);
    }

    /** The caller's number as the provider's voicemail mail shows it: in its subject, else in its text. */
    private static String caller(ReadMail mail) {
        return PhoneNormaliser.firstAsWritten(mail.subject())
                .or(() -> PhoneNormaliser.firstAsWritten(mail.facts().text())).orElse(null);
    }

    /** Whether the other side of the mail (its sender; the recipients of a sent mail) is a customer with an invoice. */
    private boolean counterpartInvoiced(Message message, boolean sent, Map<String, Boolean> invoicedByAddress)
            throws MessagingException {
        List<String> counterparts = new ArrayList<>();
        if (sent) {
            List<InternetAddress> recipients = new ArrayList<>();
            recipients.addAll(HeaderText.addresses(message, "To"));
            recipients.forEach(r -> EmailNormaliser.canonical(r.getAddress()).ifPresent(counterparts::add));
        } else if (sender(message) != null) {
            counterparts.add(sender(message));
        }
        for (String address : counterparts) {
            try {
                Boolean invoiced = invoicedByAddress.get(address);
                if (invoiced == null) {
                    // once per address and find: a person's mails mostly have the same counterpart
                    invoiced = invoicedCustomers.hasInvoice(address);
                    invoicedByAddress.put(address, invoiced);
                }
                if (invoiced) {
                    return true;
                }
            } catch (StoreUnavailableException e) {
                // never classify down (and erase a business letter) because the CRM could not be asked
                throw new MessagingException("the CRM could not be asked whether the counterpart has an invoice", e);
            }
        }
        return false;
    }

    private static MailFacts facts(Message message, MessageContent content, boolean sent) throws MessagingException {
        return new MailFacts(sender(message), HeaderText.subject(message), content.text(), content.attachments(), sent);
    }

    /**
     * Whether each message the hits answer (In-Reply-To, References) but that is not among them shows a transaction,
     * found by Message-ID in the account's folders, the first folder that holds it. One {@code SELECT} per folder for
     * all of a locate's answered messages, until every one is found; a message in no folder any more is left out.
     */
    private Map<String, Boolean> referencedSignals(Store store, Set<String> messageIds,
            Map<String, Boolean> invoicedByAddress) throws MessagingException, IOException {
        Map<String, Boolean> signals = new HashMap<>();
        Set<String> open = new LinkedHashSet<>(messageIds);
        if (open.isEmpty()) {
            return signals;
        }
        for (Folder candidate : store.getDefaultFolder().list("*")) {
            if (open.isEmpty()) {
                break;
            }
            if ((candidate.getType() & Folder.HOLDS_MESSAGES) == 0) {
                continue;
            }
            IMAPFolder folder = (IMAPFolder) candidate;
            folder.open(Folder.READ_ONLY);
            try {
                boolean sent = isSentFolder(folder);
                for (Iterator<String> ids = open.iterator(); ids.hasNext(); ) {
                    String parentId = ids.next();
                    Message[] parents = folder.search(new HeaderTerm("Message-ID", parentId));
                    if (parents.length > 0) {
                        signals.put(parentId, classifier.signalsATransaction(facts(parents[0],
                                        MessageContent.of(parents[0], TEXT_LIMIT), sent),
                                counterpartInvoiced(parents[0], sent, invoicedByAddress)));
                        ids.remove();
                    }
                }
            } finally {
                folder.close(false);
            }
        }
        return signals;
    }

    @Override
    public ExportedRecord export(String reference) throws StoreUnavailableException {
        MailReference parsed = MailReference.parse(reference);
        MailAccount account = account(parsed.account());
        if (account == null) {
            throw new StoreUnavailableException(STORE, "account " + parsed.account() + " is not configured");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        ByteArrayOutputStream original = new ByteArrayOutputStream();
        try {
            sessions.with(account, store -> {
                fields.clear(); // a second try on a fresh session starts over
                original.reset();
                withMessage(store, parsed, (folder, message) -> {
                    // one FETCH for the whole source; the fields below are parsed from it, not fetched part by part
                    folder.fetch(new Message[] {message}, wholeMessageProfile());
                    message.writeTo(original); // the stored source, attachments inside: the package's .eml
                    fields.put("folder", folder.getFullName());
                    fields.put("messageId", header(message, "Message-ID"));
                    fields.put("date", message.getSentDate() == null ? null : message.getSentDate().toInstant().toString());
                    fields.put("from", text(HeaderText.addresses(message, "From")));
                    fields.put("replyTo", text(HeaderText.addresses(message, "Reply-To")));
                    fields.put("to", text(HeaderText.addresses(message, "To")));
                    fields.put("cc", text(HeaderText.addresses(message, "Cc")));
                    fields.put("bcc", text(HeaderText.addresses(message, "Bcc")));
                    fields.put("subject", HeaderText.subject(message));
                    MessageContent content = MessageContent.withAttachmentContent(message);
                    fields.put("body", content.text());
                    List<Map<String, Object>> attachments = new ArrayList<>();
                    for (int i = 0; i < content.attachments().size(); i++) {
                        MailFacts.Attachment attachment = content.attachments().get(i);
                        Map<String, Object> described = new LinkedHashMap<>();
                        described.put("fileName", attachment.fileName());
                        described.put("contentType", attachment.contentType());
                        described.put("bytes", content.attachmentContents().get(i).length);
                        described.put("contentBase64", Base64.getEncoder().encodeToString(content.attachmentContents().get(i)));
                        attachments.add(described);
                    }
                    fields.put("attachments", attachments);
                });
                return null;
            });
        } catch (MessagingException | IOException e) {
            throw unavailable(account, e);
        }
        fields.values().removeIf(value -> value == null);
        return new ExportedRecord(STORE, reference, "message", fields,
                original.size() == 0 ? null : original.toByteArray());
    }

    @FunctionalInterface
    private interface MessageAction {
        void apply(IMAPFolder folder, Message message) throws MessagingException, IOException;
    }

    /** Runs the action when the message still exists under its reference; otherwise does nothing. */
    private static void withMessage(Store store, MailReference reference, MessageAction action)
            throws MessagingException, IOException {
        IMAPFolder folder = (IMAPFolder) store.getFolder(reference.folder());
        if (!folder.exists()) {
            return;
        }
        folder.open(Folder.READ_ONLY);
        try {
            if (folder.getUIDValidity() != reference.uidValidity()) {
                return; // the folder was rebuilt: the next crawl indexes its messages under new references
            }
            Message message = folder.getMessageByUID(reference.uid());
            if (message != null && !message.isExpunged()) {
                action.apply(folder, message);
            }
        } finally {
            folder.close(false);
        }
    }

    /** A message's account, folder and Message-ID: what a restored mailbox brings back under a new UID. */
    @Override
    public String restorableIdentity(String reference) throws StoreUnavailableException {
        MailReference parsed = MailReference.parse(reference);
        String messageId = parsed.messageId();
        if (messageId == null) {
            Object exported = export(reference).fields().get("messageId");
            messageId = exported == null ? null : exported.toString();
        }
        return messageId == null || messageId.isBlank() ? null
                : identity(parsed.account(), parsed.folder(), messageId);
    }

    /**
     * Every message of every folder with its Message-ID, by one FETCH of the envelopes per folder: a restored folder
     * (a new UIDVALIDITY, or the old one with messages back) shows its messages' Message-IDs again.
     */
    @Override
    public void restorableIdentities(BiConsumer<String, String> sink) throws StoreUnavailableException {
        for (MailAccount account : settings.accounts()) {
            try (Store store = connect(account)) {
                for (Folder listed : store.getDefaultFolder().list("*")) {
                    if ((listed.getType() & Folder.HOLDS_MESSAGES) == 0) {
                        continue;
                    }
                    IMAPFolder folder = (IMAPFolder) listed;
                    folder.open(Folder.READ_ONLY);
                    try {
                        long uidValidity = folder.getUIDValidity();
                        Message[] messages = folder.getMessages();
                        FetchProfile profile = new FetchProfile();
                        profile.add(UIDFolder.FetchProfileItem.UID);
                        profile.add(FetchProfile.Item.ENVELOPE);
                        folder.fetch(messages, profile);
                        for (Message message : messages) {
                            String messageId = ((IMAPMessage) message).getMessageID();
                            if (messageId != null && !messageId.isBlank()) {
                                sink.accept(identity(account.name(), folder.getFullName(), messageId.trim()),
                                        new MailReference(account.name(), folder.getFullName(), uidValidity,
                                                folder.getUID(message), null, messageId.trim()).toString());
                            }
                        }
                    } finally {
                        folder.close(false);
                    }
                }
            } catch (MessagingException e) {
                throw unavailable(account, e);
            }
        }
    }

    private static String identity(String account, String folder, String messageId) {
        return account + "\n" + folder + "\n" + messageId.trim();
    }

    /** Logs in to every account and out again: the health check's question, no folder is opened. */
    public void checkLogins() throws StoreUnavailableException {
        for (MailAccount account : settings.accounts()) {
            try (Store store = connect(account)) {
                // the login is the answer
            } catch (MessagingException e) {
                throw unavailable(account, e);
            }
        }
    }

    private Store connect(MailAccount account) throws MessagingException {
        Store store = session.getStore(account.ssl() ? "imaps" : "imap");
        store.connect(account.host(), account.port(), account.login(), account.password());
        return store;
    }

    private MailAccount account(String name) {
        return settings.accounts().stream().filter(account -> account.name().equals(name)).findFirst().orElse(null);
    }

    private static StoreUnavailableException unavailable(MailAccount account, Exception e) {
        // the exception class only: server messages can quote addresses
        return new AccountUnavailableException(account.name(), e.getClass().getSimpleName(), e);
    }

    static boolean isSentFolder(IMAPFolder folder) throws MessagingException {
        for (String attribute : folder.getAttributes()) {
            if ("\\Sent".equalsIgnoreCase(attribute)) {
                return true;
            }
        }
        return SENT_FOLDER.matcher(folder.getFullName()).matches();
    }

    private static FetchProfile sizeProfile() {
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.SIZE);
        profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        return profile;
    }

    /** The whole message (BODY.PEEK[]): headers, text and body structure come from parsing it locally. */
    private static FetchProfile wholeMessageProfile() {
        FetchProfile profile = new FetchProfile();
        profile.add(IMAPFolder.FetchProfileItem.MESSAGE);
        return profile;
    }

    private static FetchProfile fetchProfile() {
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.CONTENT_INFO);
        profile.add(UIDFolder.FetchProfileItem.UID);
        for (String header : THREAD_HEADERS) {
            profile.add(header);
        }
        for (String header : AUTOMATIC_HEADERS) {
            profile.add(header);
        }
        for (String header : HeaderText.HEADERS) {
            profile.add(header);
        }
        return profile;
    }

    private static List<InternetAddress> addresses(Message message) throws MessagingException {
        List<InternetAddress> addresses = new ArrayList<>();
        for (String header : HeaderText.HEADERS) {
            if (!header.equals("Subject")) {
                addresses.addAll(HeaderText.addresses(message, header));
            }
        }
        return addresses;
    }

    private static String sender(Message message) throws MessagingException {
        List<InternetAddress> from = HeaderText.addresses(message, "From");
        return from.isEmpty() ? null : EmailNormaliser.canonical(from.get(0).getAddress()).orElse(null);
    }

    private static List<String> referencedMessageIds(Message message) throws MessagingException {
        List<String> ids = new ArrayList<>();
        String inReplyTo = header(message, "In-Reply-To");
        if (inReplyTo != null) {
            ids.add(inReplyTo.split("\\s+")[0]);
        }
        String references = header(message, "References");
        if (references != null) {
            List<String> chain = new ArrayList<>(Arrays.asList(references.trim().split("\\s+")));
            Collections.reverse(chain);
            ids.addAll(chain);
        }
        return ids;
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0].trim();
    }

    private static String text(List<InternetAddress> addresses) {
        if (addresses.isEmpty()) {
            return null;
        }
        // as written, not as encoded in the header (RFC 2047): "Jan Köhler", not "=?UTF-8?Q?Jan_K=C3=B6hler?="
        return String.join(", ", addresses.stream().map(InternetAddress::toUnicodeString).toList());
    }

    private static String legalBasis(String category) {
        return RetentionCategory.of(category).heldByLaw()
                ? "Art. 6(1)(b) GDPR (contract); kept under Art. 6(1)(c) GDPR (§147 AO, §257 HGB)"
                : "Art. 6(1)(f) GDPR (answering the sender)";
    }

    private static String abbreviate(String subject) {
        if (subject == null) {
            return "(no subject)";
        }
        String line = subject.replaceAll("\\s+", " ").strip();
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }

    private static Date firstNonNull(Date first, Date second) {
        return first != null ? first : second;
    }

    private static Map<String, FolderCursor> parseCursor(CrawlCursor cursor) {
        if (cursor.isStart()) {
            return Map.of();
        }
        try {
            return JSON.readValue(cursor.value(), new TypeReference<Map<String, FolderCursor>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a mail crawl cursor", e);
        }
    }

    private static CrawlCursor formatCursor(Map<String, FolderCursor> folders) {
        try {
            return new CrawlCursor(JSON.writeValueAsString(folders));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

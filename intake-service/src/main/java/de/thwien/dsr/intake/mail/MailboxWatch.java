package de.thwien.dsr.intake.mail;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.mail.classification.RequestClassifier;
import de.thwien.dsr.intake.requests.ReceiptWindow;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Reads the watched mailboxes ({@link WatchConfig}) for data-subject requests that went to another address of the
 * controller. A mail the {@link RequestClassifier} takes for a request (not unclassified, not automatic mail, its
 * longest deadline not yet over) becomes a suggestion in triage ({@link MailSuggestions}); nothing else happens: no
 * case, no mail. The mailboxes are opened read-only and their mail is never moved, flagged or deleted; the highest
 * UID read per UIDVALIDITY ({@link WatchedMailboxCursor}) makes each mail read once.
 */
@ApplicationScoped
public class MailboxWatch {

    private static final Logger LOG = Logger.getLogger(MailboxWatch.class);

    private final WatchConfig config;
    private final MailboxConfig server;
    private final MailSuggestions suggestions;
    private final Clock clock;
    private final SingleInstanceJob job;
    private final RequestClassifier classifier = new RequestClassifier();

    public MailboxWatch(WatchConfig config, MailboxConfig server, MailSuggestions suggestions, Clock clock,
            Pool pool) {
        this.config = config;
        this.server = server;
        this.suggestions = suggestions;
        this.clock = clock;
        this.job = SingleInstanceJob.named("mailbox-watch", pool);
    }

    /** What one round over the watched mailboxes did. */
    public record WatchResult(int read, int suggested) {
    }

    @Scheduled(every = "${dsr.watch.poll-interval:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledWatch() throws MessagingException {
        if (!config.mailboxes().isEmpty()) {
            watchOnce();
        }
    }

    /** Reads every watched mailbox once unless another instance does right now (then empty). Blocking. */
    public Optional<WatchResult> watchOnce() throws MessagingException {
        return job.runBlocking(this::watchAll);
    }

    private WatchResult watchAll() throws MessagingException {
        int read = 0;
        int suggested = 0;
        for (Map.Entry<String, WatchConfig.WatchedMailbox> mailbox : config.mailboxes().entrySet()) {
            WatchResult result = watch(mailbox.getKey(), mailbox.getValue());
            read += result.read();
            suggested += result.suggested();
        }
        return new WatchResult(read, suggested);
    }

    private WatchResult watch(String name, WatchConfig.WatchedMailbox mailbox) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail." + server.protocol() + ".connectiontimeout", "10000");
        properties.put("mail." + server.protocol() + ".timeout", "30000");
        // reading a body must not mark the mail as read in its owner's mail client
        properties.put("mail." + server.protocol() + ".peek", "true");
        int read = 0;
        int suggested = 0;
        try (Store store = Session.getInstance(properties).getStore(server.protocol())) {
            store.connect(server.host(), server.port(), mailbox.username(), mailbox.password());
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_ONLY);
            try {
                UIDFolder uids = (UIDFolder) folder;
                long validity = uids.getUIDValidity();
                WatchedMailboxCursor cursor = await(() -> Panache.withSession(
                        () -> WatchedMailboxCursor.<WatchedMailboxCursor>findById(name)));
                long lastUid = cursor != null && cursor.uidValidity == validity ? cursor.lastUid : 0;
                // "n:*" always names the newest mail, even when it is older than n: the UID check skips it
                Message[] fresh = lastUid == 0 ? folder.getMessages()
                        : uids.getMessagesByUID(lastUid + 1, UIDFolder.LASTUID);
                long highest = lastUid;
                for (Message message : fresh) {
                    long uid = uids.getUID(message);
                    if (uid <= lastUid) {
                        continue;
                    }
                    read++;
                    if (suggestIfRequest(name, folder.getFullName() + "/" + validity + "/" + uid, message)) {
                        suggested++;
                    }
                    highest = Math.max(highest, uid);
                }
                if (cursor == null || highest != lastUid || cursor.uidValidity != validity) {
                    long seen = highest;
                    await(() -> Panache.withTransaction(() -> WatchedMailboxCursor
                            .<WatchedMailboxCursor>findById(name).chain(existing -> {
                                WatchedMailboxCursor row = existing != null ? existing : new WatchedMailboxCursor();
                                row.mailbox = name;
                                row.uidValidity = validity;
                                row.lastUid = seen;
                                return existing != null ? Uni.createFrom().item(row) : row.persist();
                            })));
                }
            } finally {
                folder.close(false);
            }
        }
        if (read > 0) {
            LOG.infof("watched mailbox %s: %d new mails read, %d suggested as requests", name, read, suggested);
        }
        return new WatchResult(read, suggested);
    }

    /** True when the mail became a suggestion now. A mail that cannot be read is left as it is: it is not ours. */
    private boolean suggestIfRequest(String name, String mailboxRef, Message message) throws MessagingException {
        try {
            if (MailHeaders.of(message).automaticReason().isPresent()) {
                return false;
            }
            RequestMail mail = RequestMail.of(message);
            Instant receivedAt = mail.receivedAt() == null ? clock.instant() : mail.receivedAt();
            if (ReceiptWindow.refusalOf(receivedAt, clock.instant()).isPresent()) {
                return false;
            }
            RequestClassifier.Classification classification = classifier.classify(mail.subject(), mail.text());
            if (classification.type() == RequestType.UNCLASSIFIED) {
                return false;
            }
            RequestMail received = new RequestMail(mail.messageId(), mail.fromAddress(), mail.fromName(),
                    mail.subject(), mail.text(), receivedAt);
            return await(() -> suggestions.suggest(name, mailboxRef, received, classification));
        } catch (RequestMail.Unreadable e) {
            LOG.debugf("a mail in watched mailbox %s cannot be read as a request: skipped", name);
            return false;
        }
    }

    private static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("watched mailbox: database step failed", e);
        }
    }
}

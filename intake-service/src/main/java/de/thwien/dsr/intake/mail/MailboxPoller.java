package de.thwien.dsr.intake.mail;

import de.thwien.dsr.platform.mail.AutomaticMail;
import de.thwien.dsr.platform.mail.FolderNames;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns mail in the request mailbox into cases. A mail is moved out of the inbox only after its case is
 * committed; the case's Message-ID and content digest ({@link MailCases}) make a re-poll (or a restart between
 * commit and move) find the existing case instead of opening a second one. Every mail leaves the inbox: one that
 * cannot be read goes to the error folder at once, one whose case fails to open goes there at its second failure
 * (counted in {@link MailAttempts}), both listed in /api/mail-failures with the reason. Mail a machine sent
 * ({@link AutomaticMail}: out-of-office replies, bounces, mailing lists) opens no case and gets no answer: it is
 * listed there too and moved to the automatic folder. Before that check, a mail that answers a case
 * ({@link CaseReplies}) is attached to it and moved to the processed folder, or, naming a case from another address,
 * listed for triage and moved to the triage folder.
 * A delivery report for one of our notices ({@link DeliveryReports}) comes first: it is attached to its case and
 * moved to the automatic folder, listed as handled by the system with that case.
 */
@ApplicationScoped
public class MailboxPoller {

    /** The job's name for its lock across instances. */
    static final String JOB = "mailbox-poll";

    /** Failures of the mail itself ({@link MailFault}) before it goes to the error folder. */
    static final int FAILURES_BEFORE_ERROR_FOLDER = 2;

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class);

    private final MailboxConfig config;
    private final MailCases cases;
    private final CaseReplies replies;
    private final MailAttempts attempts;
    private final DeliveryReports deliveryReports;
    private final Clock clock;
    private final SingleInstanceJob job;

    public MailboxPoller(MailboxConfig config, MailCases cases, CaseReplies replies, MailAttempts attempts,
            DeliveryReports deliveryReports, Clock clock, Pool pool) {
        this.config = config;
        this.cases = cases;
        this.replies = replies;
        this.attempts = attempts;
        this.deliveryReports = deliveryReports;
        this.clock = clock;
        // pollers of several instances would race on moving the same mail
        this.job = SingleInstanceJob.named(JOB, pool);
    }

    /** What one poll did. */
    public record PollResult(int cases, int alreadyKnown, int toErrorFolder, int failed, int automatic) {
    }

    @Scheduled(every = "${dsr.mailbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPoll() throws MessagingException {
        if (config.enabled()) {
            pollOnce();
        }
    }

    /**
     * Polls the inbox once unless another instance (or thread) polls it right now: then empty. Blocking, so it runs
     * on a worker thread.
     */
    public Optional<PollResult> pollOnce() throws MessagingException {
        return job.runBlocking(this::poll);
    }

    private PollResult poll() throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail." + config.protocol() + ".connectiontimeout", "10000");
        properties.put("mail." + config.protocol() + ".timeout", "30000");
        Session session = Session.getInstance(properties);
        int opened = 0;
        int known = 0;
        int refused = 0;
        int failed = 0;
        int automatic = 0;
        try (Store store = session.getStore(config.protocol())) {
            store.connect(config.host(), config.port(), config.username(), config.password());
            Folder processed = existing(store, config.processedFolder());
            Folder errors = existing(store, config.errorFolder());
            Folder automaticFolder = existing(store, config.automaticFolder());
            Folder triage = existing(store, config.triageFolder());
            Folder inbox = store.getFolder(config.inbox());
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.getMessages()) {
                    String mailboxRef = mailboxRefOf(inbox, message);
                    RequestMail mail = null;
                    try {
                        // a bounce of one of our notices belongs to its case, before anything else looks at it
                        Optional<UUID> reportedCase = deliveryReports.attach(message, mailboxRef);
                        if (reportedCase.isPresent()) {
                            move(inbox, message, automaticFolder, mailboxRef);
                            automatic++;
                            LOG.infof("delivery report for case %s moved to %s", reportedCase.get(),
                                    config.automaticFolder());
                            continue;
                        }
                        MailHeaders headers = MailHeaders.of(message);
                        Optional<AutomaticMail.Reason> machine = headers.automaticReason();
                        // a reply to a case (an out-of-office reply to our notice too) is attached, not set aside
                        Optional<CaseReplies.Outcome> reply = replies.take(message, headers, machine, mailboxRef);
                        if (reply.isPresent()) {
                            move(inbox, message, reply.get().triaged() ? triage : processed, mailboxRef);
                            continue;
                        }
                        if (machine.isPresent()) {
                            setAside(inbox, message, automaticFolder, mailboxRef, machine.get());
                            automatic++;
                            continue;
                        }
                        mail = RequestMail.of(message);
                        MailCases.Outcome outcome = open(mail);
                        if (outcome.kind() == MailCases.Kind.ALREADY_KNOWN) {
                            known++;
                        } else {
                            opened++;
                        }
                        if (outcome.kind() == MailCases.Kind.OPENED_FOR_REUSED_MESSAGE_ID) {
                            LOG.warnf("case %s opened for a mail whose Message-ID another mail used before",
                                    outcome.caseId());
                        }
                        move(inbox, message, processed, mailboxRef);
                    } catch (RequestMail.Unreadable e) {
                        refuse(inbox, message, errors, mailboxRef, MessageIdKey.of(e.messageId()),
                                MailFault.bounded(e.getMessage() == null ? "unreadable" : e.getMessage()));
                        refused++;
                    } catch (RuntimeException e) {
                        if (failedTwice(message, mailboxRef, e)) {
                            refuse(inbox, message, errors, mailboxRef, mail == null ? null : mail.key(),
                                    "failed " + FAILURES_BEFORE_ERROR_FOLDER + " times, last: "
                                            + MailFault.reasonOf(e));
                            refused++;
                        } else {
                            failed++;
                        }
                    }
                }
            } finally {
                inbox.close(true);
            }
        }
        if (opened + known + refused + failed + automatic > 0) {
            LOG.infof("mailbox poll: %d new cases, %d already known, %d to the error folder, %d left for later,"
                    + " %d automatic", opened, known, refused, failed, automatic);
        }
        return new PollResult(opened, known, refused, failed, automatic);
    }

    private MailCases.Outcome open(RequestMail mail) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> cases.open(mail));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("case for a request mail not opened", e);
        }
    }

    /**
     * True when this was the mail's second failure of its own. A failure of the infrastructure leaves the mail in
     * the inbox uncounted ({@link MailFault}), and so does a database that cannot take the count.
     */
    private boolean failedTwice(Message message, String mailboxRef, RuntimeException failure) {
        if (!MailFault.ofTheMail(failure)) {
            LOG.warnf("mail %d left in the inbox, the database is away: %s", message.getMessageNumber(),
                    failure.getClass().getName());
            return false;
        }
        try {
            int failures = attempts.failed(mailboxRef, MailFault.reasonOf(failure));
            LOG.warnf("mail %d failed (%d of %d before the error folder): %s", message.getMessageNumber(), failures,
                    FAILURES_BEFORE_ERROR_FOLDER, failure.getClass().getName());
            return failures >= FAILURES_BEFORE_ERROR_FOLDER;
        } catch (RuntimeException countFailed) {
            LOG.warnf("mail %d left in the inbox, its failure could not be counted: %s", message.getMessageNumber(),
                    countFailed.getClass().getName());
            return false;
        }
    }

    /** Records why the mail is refused, for the assistant, then moves it to the error folder. */
    private void refuse(Folder inbox, Message message, Folder errors, String mailboxRef, String messageKey,
            String reason) throws MessagingException {
        MailIntakeFailure failure = new MailIntakeFailure();
        failure.messageId = messageKey;
        failure.folder = config.errorFolder();
        failure.reason = reason;
        failure.recordedAt = clock.instant();
        failure.receivedAt = receivedAtOf(message);
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(failure::persist));
        } catch (Throwable e) {
            throw new IllegalStateException("failure of a request mail not recorded", e);
        }
        move(inbox, message, errors, mailboxRef);
        // the reason may quote a header (an address): it is for the assistant, not for the log
        LOG.warnf("request mail moved to %s, failure %d", config.errorFolder(), failure.id);
    }

    /**
     * Lists an automatic mail for the assistant, then moves it to the automatic folder. Listed once by the server's
     * name for it: polled again after a crash before the move, it is found listed and only moved.
     */
    private void setAside(Folder inbox, Message message, Folder automaticFolder, String mailboxRef,
            AutomaticMail.Reason reason) throws MessagingException {
        MailIntakeFailure listing = new MailIntakeFailure();
        listing.kind = MailIntakeFailure.Kind.AUTOMATIC_MAIL;
        listing.mailboxRef = mailboxRef;
        listing.messageId = MessageIdKey.of(RequestMail.messageIdOrNull(message));
        listing.folder = config.automaticFolder();
        listing.reason = reason.name();
        listing.recordedAt = clock.instant();
        listing.receivedAt = receivedAtOf(message);
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                    () -> MailIntakeFailure.count("mailboxRef", mailboxRef).chain(listed -> listed > 0
                            ? Uni.createFrom().voidItem() : listing.persist().replaceWithVoid())));
        } catch (Throwable e) {
            throw new IllegalStateException("automatic mail not listed", e);
        }
        move(inbox, message, automaticFolder, mailboxRef);
        LOG.infof("automatic mail (%s) moved to %s", reason, config.automaticFolder());
    }

    private static Instant receivedAtOf(Message message) {
        try {
            return message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant();
        } catch (MessagingException e) {
            return null;
        }
    }

    private void move(Folder inbox, Message message, Folder target, String mailboxRef) throws MessagingException {
        inbox.copyMessages(new Message[] {message}, target);
        message.setFlag(Flags.Flag.DELETED, true);
        try {
            attempts.forget(mailboxRef);
        } catch (RuntimeException e) {
            // a count left behind is harmless: the server never gives this name to another mail
            LOG.debugf("count of mail %d not removed: %s", message.getMessageNumber(), e.getClass().getName());
        }
    }

    /** The server's name for the mail: the sender cannot choose it, and it stays the same over restarts. */
    private static String mailboxRefOf(Folder inbox, Message message) throws MessagingException {
        UIDFolder folder = (UIDFolder) inbox;
        return inbox.getFullName() + "/" + folder.getUIDValidity() + "/" + folder.getUID(message);
    }

    /**
     * The configured folder, created (and subscribed, so that the owner's mail client shows it) when missing. A name
     * the server cannot hold (a {@code /} on a Dovecot that separates levels with {@code .}) stops the poll with a
     * message that says what to write instead.
     */
    static Folder existing(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (folder.exists()) {
            return folder;
        }
        Optional<String> problem = FolderNames.problem(name, store.getDefaultFolder().getSeparator());
        if (problem.isPresent()) {
            throw new MessagingException("configured folder '" + name + "' " + problem.get());
        }
        // create() says false when it did not create the folder: unless another poller just did, moving would fail
        if (!folder.create(Folder.HOLDS_MESSAGES) && !folder.exists()) {
            throw new MessagingException("folder " + name + " could not be created");
        }
        folder.setSubscribed(true);
        return folder;
    }
}

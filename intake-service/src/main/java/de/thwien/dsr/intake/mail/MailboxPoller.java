package de.thwien.dsr.intake.mail;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.requests.RequestIntake;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Turns mail in the request mailbox into cases. A mail is moved out of the inbox only after its case is
 * committed; the unique Message-ID on the case makes a re-poll (or a restart between commit and move)
 * find the existing case instead of opening a second one.
 */
@ApplicationScoped
public class MailboxPoller {

    /** The job's name for its lock across instances. */
    static final String JOB = "mailbox-poll";

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class);
    private static final int MAX_MESSAGE_CHARS = 100_000;

    private final MailboxConfig config;
    private final RequestIntake intake;
    private final Clock clock;
    private final RequestClassifier classifier = new RequestClassifier();
    private final SingleInstanceJob job;

    public MailboxPoller(MailboxConfig config, RequestIntake intake, Clock clock, Pool pool) {
        this.config = config;
        this.intake = intake;
        this.clock = clock;
        // pollers of several instances would race on moving the same mail
        this.job = SingleInstanceJob.named(JOB, pool);
    }

    /** What one poll did. */
    public record PollResult(int cases, int alreadyKnown, int unreadable, int failed) {
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
        int cases = 0;
        int known = 0;
        int unreadable = 0;
        int failed = 0;
        try (Store store = session.getStore(config.protocol())) {
            store.connect(config.host(), config.port(), config.username(), config.password());
            Folder processed = existing(store, config.processedFolder());
            Folder errors = existing(store, config.errorFolder());
            Folder inbox = store.getFolder(config.inbox());
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.getMessages()) {
                    try {
                        RequestMail mail = RequestMail.of(message);
                        if (openCase(mail)) {
                            cases++;
                        } else {
                            known++;
                        }
                        move(inbox, message, processed);
                    } catch (RequestMail.Unreadable e) {
                        recordFailure(e, message);
                        move(inbox, message, errors);
                        unreadable++;
                    } catch (RuntimeException e) {
                        // e.g. the database is away: the mail stays in the inbox for the next poll
                        LOG.warnf("mail %d left in the inbox: %s", message.getMessageNumber(), e.getClass().getName());
                        failed++;
                    }
                }
            } finally {
                inbox.close(true);
            }
        }
        if (cases + known + unreadable + failed > 0) {
            LOG.infof("mailbox poll: %d new cases, %d already known, %d unreadable, %d left for later", cases, known,
                    unreadable, failed);
        }
        return new PollResult(cases, known, unreadable, failed);
    }

    /** True if a case was opened, false if the Message-ID already has one. */
    private boolean openCase(RequestMail mail) {
        RequestClassifier.Classification classification = classifier.classify(mail.subject(), mail.text());
        String message = ((mail.subject() == null ? "" : mail.subject() + "\n\n") + mail.text());
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS);
        }
        Instant receivedAt = mail.receivedAt() == null ? clock.instant() : mail.receivedAt();
        RequestIntake.NewRequest request = new RequestIntake.NewRequest(classification.type(), mail.fromAddress(),
                mail.fromName(), classification.language(), message, CaseEvents.Channel.EMAIL, receivedAt,
                mail.messageId());
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() ->
                    DsrCase.count("originalMessageId", mail.messageId()).chain(existing -> existing > 0
                            ? io.smallrye.mutiny.Uni.createFrom().item(false)
                            : intake.openCase(request).replaceWith(true))));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("case for a request mail not opened", e);
        }
    }

    private void recordFailure(RequestMail.Unreadable unreadable, Message message) {
        MailIntakeFailure failure = new MailIntakeFailure();
        failure.messageId = unreadable.messageId();
        failure.folder = config.errorFolder();
        failure.reason = unreadable.getMessage() == null ? "unreadable" : unreadable.getMessage();
        failure.recordedAt = clock.instant();
        try {
            failure.receivedAt = message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant();
        } catch (MessagingException e) {
            failure.receivedAt = null;
        }
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(failure::persist));
        } catch (Throwable e) {
            throw new IllegalStateException("failure of a request mail not recorded", e);
        }
        // the reason may quote a header (an address): it is for the assistant, not for the log
        LOG.warnf("unreadable request mail moved to %s, failure %d", config.errorFolder(), failure.id);
    }

    private static void move(Folder inbox, Message message, Folder target) throws MessagingException {
        inbox.copyMessages(new Message[] {message}, target);
        message.setFlag(Flags.Flag.DELETED, true);
    }

    private static Folder existing(Store store, String name) throws MessagingException {
        Folder folder = store.getFolder(name);
        if (!folder.exists()) {
            folder.create(Folder.HOLDS_MESSAGES);
        }
        return folder;
    }
}

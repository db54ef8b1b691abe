package de.thwien.dsr.notifier.delivery;

import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.HeaderTerm;
import jakarta.mail.search.ReceivedDateTerm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * The receipt mailbox: every notice goes out with a blind copy to a mailbox on the operator's own mail server,
 * in the same SMTP transaction as to the requester. An SMTP server takes a message for all its accepted recipients
 * or not at all, so a copy there shows that the notice went out, even when the notifier died before it could
 * record that. Before a notice is tried again (after a failed or timed-out attempt, or when a crashed instance's
 * claim is taken over), {@link NoticeDispatcher} looks for its Message-ID here and does not send it twice.
 *
 * <p>The copies are only needed for those retries; they are deleted after {@link NotifierConfig.Receipts#keepFor()}.
 * The delivery log in the database stays the record of what was sent.
 */
@ApplicationScoped
public class SentReceipts {

    private static final Logger LOG = Logger.getLogger(SentReceipts.class);

    static final String PURGE_JOB = "receipt-purge";

    private final NotifierConfig.Receipts config;
    private final Clock clock;
    private final SingleInstanceJob purge;

    public SentReceipts(NotifierConfig config, Clock clock, Pool pool) {
        this.purge = SingleInstanceJob.named(PURGE_JOB, pool);
        this.config = config.receipts();
        this.clock = clock;
    }

    /** Where the blind copy of every notice goes. */
    public String address() {
        return config.address();
    }

    /** Whether a notice with this Message-ID has reached the receipt mailbox, i.e. has gone out. */
    public boolean contains(String messageId) throws MessagingException {
        try (Store store = connect()) {
            Folder folder = store.getFolder(config.folder());
            if (!folder.exists()) {
                return false;
            }
            folder.open(Folder.READ_ONLY);
            try {
                return folder.search(new HeaderTerm("Message-ID", messageId)).length > 0;
            } finally {
                folder.close(false);
            }
        }
    }

    @Scheduled(identity = "receipt-purge", every = "${dsr.notifier.receipts.purge-interval:6h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            int purged = purgeOnOneInstance(clock.instant().minus(config.keepFor())).orElse(0);
            if (purged > 0) {
                LOG.infof("%d notice receipts older than %s deleted", purged, config.keepFor());
            }
        } catch (MessagingException e) {
            LOG.warnf("notice receipts could not be purged: %s", e.getClass().getName());
        }
    }

    /**
     * {@link #purgeReceivedBefore} unless another instance purges right now; empty when it skipped. Instances
     * purging the same folder at once would only get in each other's way.
     */
    public Optional<Integer> purgeOnOneInstance(Instant cutoff) throws MessagingException {
        return purge.runBlocking(() -> purgeReceivedBefore(cutoff));
    }

    /** Deletes the copies received before {@code cutoff}; returns how many. */
    public int purgeReceivedBefore(Instant cutoff) throws MessagingException {
        try (Store store = connect()) {
            Folder folder = store.getFolder(config.folder());
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_WRITE);
            int purged = 0;
            try {
                // IMAP compares whole days (BEFORE excludes the cutoff's own day): ask for a day more, then the
                // exact time decides
                Date dayAfterCutoff = Date.from(cutoff.plus(Duration.ofDays(1)));
                for (Message old : folder.search(new ReceivedDateTerm(ComparisonTerm.LT, dayAfterCutoff))) {
                    Date received = old.getReceivedDate();
                    if (received != null && received.toInstant().isBefore(cutoff)) {
                        old.setFlag(Flags.Flag.DELETED, true);
                        purged++;
                    }
                }
            } finally {
                folder.close(true);
            }
            return purged;
        }
    }

    private Store connect() throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail." + config.protocol() + ".connectiontimeout", "10000");
        properties.put("mail." + config.protocol() + ".timeout", "30000");
        Store store = Session.getInstance(properties).getStore(config.protocol());
        store.connect(config.host(), config.port(), config.username(), config.password());
        return store;
    }
}

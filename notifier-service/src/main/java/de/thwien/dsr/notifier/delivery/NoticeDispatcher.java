package de.thwien.dsr.notifier.delivery;

import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.platform.address.MailAddressRule;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.ext.mail.MailMessage;
import io.vertx.mutiny.ext.mail.MailClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends recorded notices over SMTP, retries transient failures with doubling delays and gives
 * up after the configured attempts with {@code notice.failed} and an alert to the assistant
 * ({@link NoticeFailedForGood}), both recorded in the transaction that marks the notice failed.
 *
 * <p>A notice is claimed ({@link DeliveryStatus#SENDING}) in its own committed transaction before
 * SMTP is spoken, and marked sent together with the {@code notice.sent} event afterwards. Two
 * instances never claim the same row ({@code for update skip locked}). If the process dies after the SMTP
 * server accepted the mail but before "sent" is committed, the claim goes stale and is taken over after
 * {@link NotifierConfig#staleClaim()}; an attempt that timed out may also have been accepted late. So every
 * notice carries a blind copy to the receipt mailbox ({@link SentReceipts}), and before any further attempt the
 * dispatcher looks for it there: found means the notice went out, and it is recorded as sent without a second
 * mail. Only a copy the mail server accepted but had not yet delivered to the receipt mailbox when the next
 * attempt looks (minutes later) could still go out twice, then with the same Message-ID.
 */
@ApplicationScoped
public class NoticeDispatcher {

    private static final Logger LOG = Logger.getLogger(NoticeDispatcher.class);
    private static final int BATCH_SIZE = 40;

    private final Pool pool;
    private final MailClient mailer;
    private final String from;
    private final Outbox outbox;
    private final Clock clock;
    private final NotifierConfig config;
    private final Event<NoticeFailedForGood> failures;
    private final Event<NoticeSettled> settlements;
    private final SentReceipts receipts;
    private final SealedNotices sealed;
    private final ExecutorService senders;
    private final NoticeCounters counters;

    /**
     * The Vert.x mail client itself rather than the Quarkus mailer: the mailer always hands it a Cc list, empty or
     * not, and an empty one becomes an empty {@code Cc:} header in every notice.
     */
    public NoticeDispatcher(Pool pool, MailClient mailer, @ConfigProperty(name = "quarkus.mailer.from") String from,
            Outbox outbox, Clock clock, NotifierConfig config, Event<NoticeFailedForGood> failures,
            Event<NoticeSettled> settlements, SentReceipts receipts, SealedNotices sealed, NoticeCounters counters) {
        this.counters = counters;
        this.pool = pool;
        this.mailer = mailer;
        this.from = from;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.failures = failures;
        this.settlements = settlements;
        this.receipts = receipts;
        this.sealed = sealed;
        this.senders = Executors.newFixedThreadPool(config.parallelSends(), runnable -> {
            Thread thread = new Thread(runnable, "notice-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stopSenders() {
        senders.shutdown();
    }

    /**
     * Claims the due notices and sends them on {@link NotifierConfig#parallelSends()} threads at once; one case's
     * notices go out one after the other, in the order they were recorded (the acknowledgement before the
     * verification link).
     */
    @Scheduled(identity = "notice-dispatcher", every = "${dsr.notifier.dispatch-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<UUID> ofOneCase : await(this::claimDue).values()) {
                running.add(senders.submit(() -> sendInOrder(ofOneCase)));
            }
            for (Future<?> sending : running) {
                sending.get();
            }
        } catch (Throwable e) {
            LOG.warnf("notice dispatch run failed: %s", e.getClass().getName());
        }
    }

    private void sendInOrder(List<UUID> ids) {
        for (UUID id : ids) {
            try {
                send(id);
            } catch (Throwable e) {
                // the claim stays; it is taken over after the stale-claim time
                LOG.warnf("notice %s could not be sent or recorded: %s", id, e.getClass().getName());
            }
        }
    }

    /** The claimed notices' ids by case (or contact, digest) id, each list oldest first. */
    private Uni<Map<String, List<UUID>>> claimDue() {
        Instant now = clock.instant();
        return pool.preparedQuery("update notice_delivery set status = 'SENDING', attempts = attempts + 1,"
                        + " last_attempt_at = $1 where id in (select id from notice_delivery"
                        + " where (status = 'PENDING' and next_attempt_at <= $1)"
                        + " or (status = 'SENDING' and last_attempt_at < $2)"
                        + " order by created_at limit $3 for update skip locked) returning id, case_id, created_at")
                .execute(Tuple.of(utc(now), utc(now.minus(config.staleClaim())), BATCH_SIZE))
                .map(rows -> {
                    List<Row> claimed = new ArrayList<>();
                    rows.forEach(claimed::add);
                    // "returning" keeps no order: sort by creation, then group by case keeping that order
                    claimed.sort(Comparator.comparing((Row row) -> row.getOffsetDateTime("created_at"))
                            .thenComparing(row -> row.getUUID("id")));
                    Map<String, List<UUID>> byCase = new LinkedHashMap<>();
                    claimed.forEach(row -> byCase.computeIfAbsent(row.getString("case_id"), key -> new ArrayList<>())
                            .add(row.getUUID("id")));
                    return byCase;
                });
    }

    private void send(UUID id) throws Throwable {
        NoticeDelivery delivery = await(() -> Panache.withSession(() -> NoticeDelivery.<NoticeDelivery>findById(id)));
        try {
            SealedNotices.Content content = await(() -> Panache.withSession(() -> sealed.open(delivery)));
            if (content.shredded()) {
                throw new IllegalStateException("the notice's data key was shredded before it was sent");
            }
            MailAddressRule.Verdict recipient = MailAddressRule.check(content.recipient());
            if (!recipient.deliverable()) {
                throw new UndeliverableAddress(recipient.refusal());
            }
            if (delivery.attempts > 1 && receipts.contains(delivery.messageId)) {
                await(() -> Panache.withTransaction(() -> recordSent(id)));
                LOG.infof("notice %s for case %s had gone out on an earlier attempt (receipt found), not sent again",
                        delivery.kind, delivery.caseId);
                return;
            }
            // bounded: an SMTP server that stops answering must not stall every later notice; the
            // attempt counts as failed and is retried, unless its receipt shows it was accepted after all
            mailer.sendMail(toMail(delivery, recipient.address(), content)).await().atMost(config.sendTimeout());
        } catch (RuntimeException | MessagingException e) {
            await(() -> Panache.withTransaction(() -> recordFailure(id, e)));
            return;
        }
        await(() -> Panache.withTransaction(() -> recordSent(id)));
        LOG.infof("notice %s for case %s sent", delivery.kind, delivery.caseId);
    }

    private MailMessage toMail(NoticeDelivery delivery, String recipient, SealedNotices.Content content) {
        // RFC 3834: auto-responders (out-of-office, list servers) do not answer a mail marked auto-generated
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Message-ID", delivery.messageId)
                .add("Auto-Submitted", "auto-generated").add("Reply-To", config.privacyMailbox());
        if (delivery.inReplyTo != null) {
            headers.add("In-Reply-To", delivery.inReplyTo).add("References", delivery.inReplyTo);
        }
        // no Cc list at all: an empty one would be written as an empty Cc header. Bounces (to the envelope sender)
        // and replies come back to the privacy mailbox, where intake matches them to the case
        return new MailMessage().setFrom(from).setBounceAddress(config.privacyMailbox()).setTo(List.of(recipient))
                .setBcc(List.of(receipts.address()))
                .setSubject(delivery.subject).setText(content.text()).setHtml(content.html()).setHeaders(headers);
    }

    /** An address {@link MailAddressRule} refuses: no attempt can ever deliver it. */
    static final class UndeliverableAddress extends RuntimeException {

        UndeliverableAddress(MailAddressRule.Refusal refusal) {
            // the reason only, never the address: it becomes lastError and the notice.failed event
            super("undeliverable address: " + refusal, null, false, false);
        }
    }

    /**
     * Once a notice is sent or has failed for good, the archive keeps its texts with the token links masked
     * ({@link TokenLinks}); the SHA-256 recorded with it stays over the text that was sent.
     */
    private Uni<SealedNotices.Content> keepOnlyMaskedTexts(NoticeDelivery delivery) {
        return sealed.open(delivery).chain(content -> content.shredded() ? Uni.createFrom().item(content)
                : sealed.seal(delivery, new SealedNotices.Content(content.recipient(), content.recipientName(),
                        TokenLinks.masked(content.text()), TokenLinks.masked(content.html()), false))
                        .replaceWith(content));
    }

    private Uni<Void> recordSent(UUID id) {
        return NoticeDelivery.<NoticeDelivery>findById(id).chain(delivery -> {
            delivery.status = DeliveryStatus.SENT;
            delivery.sentAt = clock.instant();
            counters.sent(delivery.kind).increment();
            return keepOnlyMaskedTexts(delivery).chain(content -> !belongsToACase(delivery)
                    ? Uni.createFrom().voidItem()
                    : outbox.append(new NoticeEvents.NoticeSent(delivery.caseId, delivery.kind,
                            delivery.triggerEventId, delivery.messageId, delivery.sentAt,
                            new Person(content.recipient(), content.recipientName()))).replaceWithVoid())
                    .chain(() -> NoticeSettled.raise(settlements, delivery));
        });
    }

    /**
     * The Art. 13 notice (keyed by contact id) and the digest (keyed by digest id) belong to no case:
     * they stay in the delivery log but are not announced on dsr.notices, whose consumers (the case
     * timeline in intake) expect a case id as the subject.
     */
    static boolean belongsToACase(NoticeDelivery delivery) {
        return delivery.kind != NoticeKind.FIRST_CONTACT && delivery.kind != NoticeKind.ASSISTANT_DIGEST;
    }

    private Uni<Void> recordFailure(UUID id, Exception failure) {
        return NoticeDelivery.<NoticeDelivery>findById(id).chain(delivery -> {
            boolean permanent = failure instanceof UndeliverableAddress;
            delivery.lastError = permanent ? failure.getMessage() : failure.getClass().getName();
            if (permanent || delivery.attempts >= config.maxAttempts()) {
                delivery.status = DeliveryStatus.FAILED;
                counters.failed(delivery.kind).increment();
                LOG.errorf("notice %s for case %s failed for good after %d attempts", delivery.kind,
                        delivery.caseId, delivery.attempts);
                Uni<Void> failed = keepOnlyMaskedTexts(delivery).chain(content -> !belongsToACase(delivery)
                        ? Uni.createFrom().voidItem()
                        : outbox.append(new NoticeEvents.NoticeFailed(delivery.caseId, delivery.kind,
                                delivery.triggerEventId, delivery.attempts, delivery.lastError, clock.instant()))
                                .replaceWithVoid());
                // an alert that fails is not alerted about again: that would loop on a dead SMTP server
                return (delivery.kind == NoticeKind.ASSISTANT_ALERT ? failed
                        : failed.chain(() -> NoticeFailedForGood.raise(failures, delivery)))
                        .chain(() -> NoticeSettled.raise(settlements, delivery));
            }
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = clock.instant().plus(retryDelay(delivery.attempts));
            LOG.warnf("notice %s for case %s failed (attempt %d), retrying", delivery.kind, delivery.caseId,
                    delivery.attempts);
            return Uni.createFrom().voidItem();
        });
    }

    /** 1st retry after the configured delay, then doubling. */
    Duration retryDelay(int attemptsSoFar) {
        return config.firstRetryDelay().multipliedBy(1L << Math.min(attemptsSoFar - 1, 10));
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Runs reactive work from this worker thread on a Vert.x context, as Hibernate Reactive needs. */
    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }
}

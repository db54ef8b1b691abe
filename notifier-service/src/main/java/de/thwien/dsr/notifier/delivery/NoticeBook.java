package de.thwien.dsr.notifier.delivery;

import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.platform.address.MailAddressRule;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Records the intent to send a notice, in the transaction of the event that triggers it.
 * The {@link NoticeDispatcher} sends it afterwards.
 */
@ApplicationScoped
public class NoticeBook {

    private final Clock clock;
    private final NotifierConfig config;
    private final SealedNotices sealed;
    private final Outbox outbox;

    public NoticeBook(Clock clock, NotifierConfig config, SealedNotices sealed, Outbox outbox) {
        this.clock = clock;
        this.config = config;
        this.sealed = sealed;
        this.outbox = outbox;
    }

    /** What to send, to whom, and why. {@code inReplyTo} threads the notice to the request mail. */
    public record Intent(String caseId, NoticeKind kind, UUID triggerEventId, Person recipient, String language,
            RenderedNotice notice, String inReplyTo) {
    }

    /**
     * Records the notice; one to an address {@link MailAddressRule} refuses is recorded as well (with the address as
     * given) and fails on its first attempt, so it is announced as failed and alerted, not lost in a dead-letter
     * topic. An internationalized domain is recorded in its ASCII form, the form it is sent to. A notice to a
     * requester without any address (a request registered from a letter or a call) is recorded for printing
     * ({@link DeliveryStatus#PRINT}) and announced as {@code notice.prepared-for-printing} in the same transaction.
     */
    public Uni<NoticeDelivery> record(Intent intent) {
        boolean byPost = intent.recipient().email() == null;
        MailAddressRule.Verdict address = MailAddressRule.check(intent.recipient().email());
        Instant now = clock.instant();
        NoticeDelivery delivery = new NoticeDelivery();
        delivery.id = UUID.randomUUID();
        delivery.caseId = intent.caseId();
        delivery.kind = intent.kind();
        delivery.triggerEventId = intent.triggerEventId();
        delivery.language = intent.language();
        delivery.subject = intent.notice().subject();
        delivery.bodySha256 = sha256(intent.notice().text());
        delivery.messageId = "<" + delivery.id + "@" + config.messageIdDomain() + ">";
        delivery.inReplyTo = MessageIds.safe(intent.inReplyTo()).orElse(null);
        delivery.status = byPost ? DeliveryStatus.PRINT : DeliveryStatus.PENDING;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        Uni<NoticeDelivery> recorded = sealed.seal(delivery, new SealedNotices.Content(
                address.deliverable() ? address.address() : intent.recipient().email(),
                intent.recipient().name(), intent.notice().text(), intent.notice().html(), false))
                .chain(ready -> ready.persist());
        if (!byPost || !NoticeDispatcher.belongsToACase(delivery)) {
            return recorded;
        }
        return recorded.call(printed -> outbox.append(new NoticeEvents.NoticePreparedForPrinting(printed.caseId,
                printed.kind, printed.triggerEventId, printed.id, now)));
    }

    /** Hex SHA-256 of the UTF-8 text: the proof kept for every notice. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

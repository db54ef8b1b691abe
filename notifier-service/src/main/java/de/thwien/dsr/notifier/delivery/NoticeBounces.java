package de.thwien.dsr.notifier.delivery;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * A delivery report (bounce) intake found for one of our notices ({@code notice.bounced}): the notice did not reach
 * its recipient, whatever SMTP said. Its delivery becomes FAILED with the report's status and (sealed) diagnostic
 * code, and, as for a notice given up on, {@code notice.failed} goes out (intake marks the case DELIVERY_FAILED) and
 * the assistant is alerted ({@link NoticeFailedForGood}), all in the transaction of the event. Once per delivery: a
 * second report changes nothing, and a delivery that had already failed is not announced again.
 */
@ApplicationScoped
public class NoticeBounces {

    private static final Logger LOG = Logger.getLogger(NoticeBounces.class);
    private static final Pattern DIAGNOSTIC_TYPE = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9-]{0,19})\\s*;");
    private static final Pattern REPLY_CODE = Pattern.compile("(?<![\\d.])([245]\\d\\d)(?![\\d.])");

    private final Outbox outbox;
    private final Event<NoticeFailedForGood> failures;
    private final SealedNotices sealed;
    private final NoticeCounters counters;

    public NoticeBounces(Outbox outbox, Event<NoticeFailedForGood> failures, SealedNotices sealed,
            NoticeCounters counters) {
        this.counters = counters;
        this.outbox = outbox;
        this.failures = failures;
        this.sealed = sealed;
    }

    /** Joins the caller's transaction (the inbox's, which records the event as processed). */
    public Uni<Void> record(CaseEvents.NoticeBounced bounced) {
        String messageId = bounced.messageId() == null ? "" : bounced.messageId().strip();
        return NoticeDelivery.<NoticeDelivery>find("messageId", messageId).firstResult().chain(delivery -> {
            if (delivery == null || !delivery.caseId.equals(bounced.caseId())) {
                LOG.warnf("bounce for case %s names no notice of that case, ignored", bounced.caseId());
                return Uni.createFrom().voidItem();
            }
            if (delivery.bounceStatus != null) {
                LOG.infof("bounce of notice %s for case %s already recorded", delivery.kind, delivery.caseId);
                return Uni.createFrom().voidItem();
            }
            boolean announced = delivery.status == DeliveryStatus.FAILED;
            delivery.status = DeliveryStatus.FAILED;
            delivery.bounceStatus = bounced.status();
            delivery.bouncedAt = bounced.reportedAt();
            counters.bounced(delivery.kind).increment();
            String diagnostic = bounced.personal() == null ? null : bounced.personal().diagnosticCode();
            delivery.lastError = errorOf(bounced.status(), diagnostic);
            LOG.errorf("notice %s for case %s bounced (%s)", delivery.kind, delivery.caseId, bounced.status());
            Uni<Void> recorded = sealed.sealBounceDiagnostic(delivery, diagnostic);
            if (announced) {
                return recorded;
            }
            return recorded.chain(() -> outbox.append(new NoticeEvents.NoticeFailed(delivery.caseId, delivery.kind,
                            delivery.triggerEventId, delivery.attempts, delivery.lastError, bounced.reportedAt())))
                    .chain(() -> NoticeFailedForGood.raise(failures, delivery));
        });
    }

    /**
     * "bounced: 5.1.1 (smtp 550)": the status code and, of the diagnostic code, only its type and SMTP reply code.
     * The rest of the diagnostic may quote the address, and this text travels unsealed in {@code notice.failed} onto
     * the case timeline; the whole diagnostic is in the delivery log, sealed.
     */
    static String errorOf(String status, String diagnostic) {
        StringBuilder error = new StringBuilder("bounced: ").append(status == null ? "unknown status" : status);
        if (diagnostic != null) {
            Matcher type = DIAGNOSTIC_TYPE.matcher(diagnostic);
            Matcher code = REPLY_CODE.matcher(diagnostic);
            String summary = ((type.find() ? type.group(1).toLowerCase(Locale.ROOT) : "") + " "
                    + (code.find() ? code.group(1) : "")).trim();
            if (!summary.isEmpty()) {
                error.append(" (").append(summary).append(')');
            }
        }
        return error.toString();
    }
}

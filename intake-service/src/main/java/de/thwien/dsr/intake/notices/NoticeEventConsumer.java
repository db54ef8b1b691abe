package de.thwien.dsr.intake.notices;

import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.platform.inbox.EventInbox;
import de.thwien.dsr.intake.cases.Attention;
import de.thwien.dsr.intake.cases.CaseAttention;
import de.thwien.dsr.intake.cases.CaseWorkflow;
import de.thwien.dsr.intake.cases.ServiceEventConsumer;
import de.thwien.dsr.intake.cases.lifecycle.CaseTrigger;
import de.thwien.dsr.intake.mail.SentNotices;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Records on the case timeline every notice the notifier sent, gave up on or prepared for printing (a request
 * without an address); a sent or printed answer moves the case to RESPONDED. A sent notice's Message-ID is kept
 * ({@link SentNotices}) so replies find their case; a notice given up on puts the case on the dashboard as
 * {@link Attention#DELIVERY_FAILED}.
 */
@ApplicationScoped
public class NoticeEventConsumer {

    /**
     * Notices that answer the request itself (Art. 15, 16, 17, 18, 20, 21, 7(3)); the notice before a lift
     * (Art. 18(3)) comes after the answer and answers nothing.
     */
    static final Set<NoticeKind> ANSWERS = EnumSet.of(NoticeKind.ACCESS_ANSWER, NoticeKind.ERASURE_CONFIRMATION,
            NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION, NoticeKind.PORTABILITY_ANSWER,
            NoticeKind.RESTRICTION_CONFIRMATION, NoticeKind.OBJECTION_ANSWER, NoticeKind.RECTIFICATION_CONFIRMATION);

    private final EventInbox inbox;
    private final CaseWorkflow workflow;
    private final SentNotices sentNotices;

    public NoticeEventConsumer(EventInbox inbox, CaseWorkflow workflow, SentNotices sentNotices) {
        this.inbox = inbox;
        this.workflow = workflow;
        this.sentNotices = sentNotices;
    }

    @Incoming("notices")
    public Uni<Void> onNoticeEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::record);
    }

    private Uni<Void> record(EventEnvelope envelope) {
        String actor = ServiceEventConsumer.actorOf(envelope);
        if (envelope.data() instanceof NoticeEvents.NoticeSent sent) {
            CaseTrigger trigger = ANSWERS.contains(sent.kind()) ? CaseTrigger.ANSWER_SENT : CaseTrigger.NOTICE_SENT;
            return sentNotices.remember(sent).chain(() -> workflow.report(sent.caseId(), new CaseWorkflow.Step(trigger, "NOTICE_SENT",
                    "Notice " + sent.kind() + " sent, Message-ID " + sent.messageId(),
                    Map.of("noticeKind", sent.kind().name(), "messageId", String.valueOf(sent.messageId())), actor, sent.sentAt(),
                    envelope.id())));
        }
        if (envelope.data() instanceof NoticeEvents.NoticeFailed failed) {
            return raiseDeliveryFailed(failed).chain(() -> workflow.report(failed.caseId(), new CaseWorkflow.Step(CaseTrigger.NOTICE_FAILED, "NOTICE_FAILED",
                    "Notice " + failed.kind() + " not sent: " + failed.error() + " (after " + failed.attempts()
                            + " attempts)", Map.of("noticeKind", failed.kind().name(),
                            "error", String.valueOf(failed.error()), "attempts", String.valueOf(failed.attempts())),
                    actor,
                    failed.failedAt(), envelope.id())));
        }
        if (envelope.data() instanceof NoticeEvents.NoticePreparedForPrinting printed) {
            // the assistant prints and posts it: an answer counts as given, as a mailed one does when sent
            CaseTrigger trigger = ANSWERS.contains(printed.kind()) ? CaseTrigger.ANSWER_SENT : CaseTrigger.NOTICE_SENT;
            return workflow.report(printed.caseId(), new CaseWorkflow.Step(trigger, "NOTICE_PRINT_READY",
                    "Notice " + printed.kind() + " prepared for printing (no address: print it and send it by post),"
                            + " delivery " + printed.deliveryId(), Map.of("noticeKind", printed.kind().name(),
                            "deliveryId", String.valueOf(printed.deliveryId())), actor, printed.preparedAt(), envelope.id()));
        }
        return Uni.createFrom().voidItem();
    }

    /** A notice the requester does not have: the case shows it red until the assistant has dealt with it. */
    private static Uni<Void> raiseDeliveryFailed(NoticeEvents.NoticeFailed failed) {
        UUID caseId;
        try {
            caseId = UUID.fromString(failed.caseId());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Uni.createFrom().voidItem();
        }
        return CaseAttention.raise(caseId, Attention.DELIVERY_FAILED, failed.failedAt());
    }
}

package de.thwien.dsr.intake.notices;

import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.inbox.EventInbox;
import de.thwien.dsr.intake.cases.CaseTrigger;
import de.thwien.dsr.intake.cases.CaseWorkflow;
import de.thwien.dsr.intake.cases.ServiceEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Records on the case timeline every notice the notifier sent, gave up on or prepared for printing (a request
 * without an address); a sent or printed answer moves the case to RESPONDED.
 */
@ApplicationScoped
public class NoticeTimeline {

    /** Notices that answer the request itself (Art. 15, 17, 7(3)). */
    static final Set<NoticeKind> ANSWERS = EnumSet.of(NoticeKind.ACCESS_ANSWER, NoticeKind.ERASURE_CONFIRMATION,
            NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION);

    private final EventInbox inbox;
    private final CaseWorkflow workflow;

    public NoticeTimeline(EventInbox inbox, CaseWorkflow workflow) {
        this.inbox = inbox;
        this.workflow = workflow;
    }

    @Incoming("notices")
    public Uni<Void> onNoticeEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::record);
    }

    private Uni<Void> record(EventEnvelope envelope) {
        String actor = ServiceEvents.actorOf(envelope);
        if (envelope.data() instanceof NoticeEvents.NoticeSent sent) {
            CaseTrigger trigger = ANSWERS.contains(sent.kind()) ? CaseTrigger.ANSWER_SENT : CaseTrigger.NOTICE_SENT;
            return workflow.report(sent.caseId(), new CaseWorkflow.Step(trigger, "NOTICE_SENT",
                    "Notice " + sent.kind() + " sent, Message-ID " + sent.messageId(), actor, sent.sentAt(),
                    envelope.id()));
        }
        if (envelope.data() instanceof NoticeEvents.NoticeFailed failed) {
            return workflow.report(failed.caseId(), new CaseWorkflow.Step(CaseTrigger.NOTICE_FAILED, "NOTICE_FAILED",
                    "Notice " + failed.kind() + " not sent: " + failed.error() + " (after " + failed.attempts()
                            + " attempts)", actor,
                    failed.failedAt(), envelope.id()));
        }
        if (envelope.data() instanceof NoticeEvents.NoticePreparedForPrinting printed) {
            // the assistant prints and posts it: an answer counts as given, as a mailed one does when sent
            CaseTrigger trigger = ANSWERS.contains(printed.kind()) ? CaseTrigger.ANSWER_SENT : CaseTrigger.NOTICE_SENT;
            return workflow.report(printed.caseId(), new CaseWorkflow.Step(trigger, "NOTICE_PRINT_READY",
                    "Notice " + printed.kind() + " prepared for printing (no address: print it and send it by post),"
                            + " delivery " + printed.deliveryId(), actor, printed.preparedAt(), envelope.id()));
        }
        return Uni.createFrom().voidItem();
    }
}

package de.thwien.dsr.notifier.inbound;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.RectificationEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.notifier.controller.ControllerConfig;
import de.thwien.dsr.notifier.delivery.NoticeDelivery;
import de.thwien.dsr.notifier.delivery.NoticeSettled;
import de.thwien.dsr.notifier.notices.CaseNotices;
import de.thwien.dsr.notifier.notices.ErasureConfirmations;
import de.thwien.dsr.notifier.notices.ErasureNotice;
import de.thwien.dsr.notifier.notices.RestrictionNotices;
import de.thwien.dsr.notifier.notices.ObjectionAnswers;
import de.thwien.dsr.notifier.notices.RectificationAnswers;
import de.thwien.dsr.notifier.cases.UnpublishedRecordings;
import de.thwien.dsr.notifier.recipients.RecipientNotifications;
import de.thwien.dsr.notifier.recipients.RecipientState;
import de.thwien.dsr.notifier.recipients.RecipientStatus;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.platform.keyring.SealedEvents;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The erasure (or withdrawal, restriction, objection, rectification) answer states what is true when it goes out
 * (Art. 19 GDPR): the instruction to a recipient goes first, the confirmation after. While an instruction mail of the case is still on its way, the
 * confirmation is held (the event kept as sealed on the topic, {@link HeldConfirmation}); when the last one is handed
 * to the mail server or has failed for good ({@link NoticeSettled}), the confirmation is composed from the recorded
 * state and recorded in that same transaction: "informiert am …" for a sent instruction, "nicht erreicht" for one
 * that failed.
 */
@ApplicationScoped
public class ConfirmationsAfterInstructions {

    private static final Logger LOG = Logger.getLogger(ConfirmationsAfterInstructions.class);
    /** The requests answered by a notice of their own rather than by the erasure confirmation. */
    private static final Map<RequestType, NoticeKind> ANSWERS_OF_THEIR_OWN = Map.of(
            RequestType.RESTRICTION, NoticeKind.RESTRICTION_CONFIRMATION,
            RequestType.OBJECTION, NoticeKind.OBJECTION_ANSWER);

    private final EventCodec codec = new EventCodec();
    private final SealedEvents sealed;
    private final CaseNotices notices;
    private final RecipientNotifications recipients;
    private final ControllerStatus status;
    private final Clock clock;

    public ConfirmationsAfterInstructions(SealedEvents sealed, CaseNotices notices, RecipientNotifications recipients,
            ControllerConfig controller, Clock clock) {
        this.sealed = sealed;
        this.notices = notices;
        this.recipients = recipients;
        this.status = ControllerStatus.merchant(controller.merchant());
        this.clock = clock;
    }

    /** Records the outcome's recipient notifications, then the confirmation, or holds it while one is on its way. */
    Uni<Void> confirmOrHold(EventEnvelope envelope, ErasureEvents.RecordsErased erased) {
        return recipients.recordFor(erased).chain(told -> onTheirWay(told) ? hold(envelope)
                : confirm(envelope, erased, told));
    }

    /**
     * The Art. 16 answer, the same way: the recipients of the corrected records are told first (Art. 19), and the
     * answer names them as recorded.
     */
    Uni<Void> answerOrHold(EventEnvelope envelope, RectificationEvents.RecordsRectified rectified) {
        return recipients.recordFor(rectified).chain(told -> onTheirWay(told) ? hold(envelope)
                : answer(envelope, rectified, told));
    }

    void onSettled(@Observes NoticeSettled settled) {
        NoticeDelivery delivery = settled.delivery();
        if (delivery.kind == NoticeKind.RECIPIENT_INSTRUCTION && delivery.caseId != null) {
            settled.thenRecord(() -> release(delivery.caseId));
        }
    }

    private Uni<Void> hold(EventEnvelope envelope) {
        return sealed.seal(envelope).chain(payload -> {
            HeldConfirmation held = new HeldConfirmation();
            held.eventId = envelope.id();
            held.caseId = envelope.subject();
            held.headers = new JsonObject(new HashMap<>(codec.headers(envelope))).encode();
            held.payload = payload;
            held.heldAt = clock.instant();
            LOG.infof("case %s: confirmation held until the recipients' instructions are sent", held.caseId);
            return HeldConfirmation.findById(held.eventId)
                    .chain(existing -> existing != null ? Uni.createFrom().voidItem() : held.persist().replaceWithVoid());
        });
    }

    private Uni<Void> release(String caseId) {
        return recipients.statusOf(caseId).chain(told -> onTheirWay(told) ? Uni.createFrom().voidItem()
                : HeldConfirmation.ofCase(caseId).chain(held -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (HeldConfirmation confirmation : held) {
                        chain = chain.chain(() -> release(confirmation, told));
                    }
                    return chain;
                }));
    }

    private Uni<Void> release(HeldConfirmation held, List<RecipientStatus> told) {
        Map<String, String> headers = new HashMap<>();
        new JsonObject(held.headers).forEach(header -> headers.put(header.getKey(), String.valueOf(header.getValue())));
        return sealed.open(headers, held.payload).chain(envelope -> {
            Uni<Void> confirmed = Uni.createFrom().voidItem();
            if (!ShreddedEvents.noNoticeFor(envelope)) {
                if (envelope.data() instanceof ErasureEvents.RecordsErased erased) {
                    confirmed = confirm(envelope, erased, told);
                } else if (envelope.data() instanceof RectificationEvents.RecordsRectified rectified) {
                    confirmed = answer(envelope, rectified, told);
                }
            }
            return confirmed.chain(held::delete);
        }).invoke(() -> LOG.infof("case %s: held confirmation released", held.caseId));
    }

    private Uni<Void> confirm(EventEnvelope envelope, ErasureEvents.RecordsErased erased, List<RecipientStatus> told) {
        NoticeKind answer = ANSWERS_OF_THEIR_OWN.get(erased.requestType());
        if (answer == null) {
            return confirmErasure(envelope, erased, told);
        }
        // her answer went out with the plan: a later records.erased is a record erased when its hold ended, told as
        // the erasure it is (naming her request), never as a second answer to the request
        return NoticeDelivery.count("caseId = ?1 and kind = ?2", erased.caseId(), answer).chain(answered -> answered > 0
                ? confirmErasure(envelope, erased, told)
                : notices.record(erased.caseId(), answer, envelope, erased.personal(), erased.language(),
                        language -> erased.requestType() == RequestType.RESTRICTION
                                ? RestrictionNotices.confirmation(erased, RecipientNotifications.told(told, language),
                                        status, language)
                                : ObjectionAnswers.of(erased, RecipientNotifications.told(told, language), status,
                                        language)));
    }

    /** The erasure confirmation (or a withdrawal's): what was erased, what stays restricted and until when. */
    private Uni<Void> confirmErasure(EventEnvelope envelope, ErasureEvents.RecordsErased erased,
            List<RecipientStatus> told) {
        NoticeKind kind = erased.requestType() == RequestType.CONSENT_WITHDRAWAL
                ? NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION : NoticeKind.ERASURE_CONFIRMATION;
        return UnpublishedRecordings.of(erased.caseId()).chain(unpublishedAt -> notices.record(erased.caseId(), kind,
                envelope, erased.personal(), erased.language(), language -> {
                    ErasureNotice notice = ErasureConfirmations.of(erased, RecipientNotifications.told(told, language),
                            status, language);
                    return unpublishedAt == null ? notice
                            : notice.withRecordingsUnpublishedAt(language.dateTime(unpublishedAt));
                }));
    }

    private Uni<Void> answer(EventEnvelope envelope, RectificationEvents.RecordsRectified rectified,
            List<RecipientStatus> told) {
        return notices.record(rectified.caseId(), NoticeKind.RECTIFICATION_CONFIRMATION, envelope,
                rectified.personal() == null ? null : rectified.personal().person(), rectified.language(),
                language -> RectificationAnswers.of(rectified, RecipientNotifications.told(told, language), language));
    }

    /** An instruction mail recorded and not yet sent nor failed for good. */
    private static boolean onTheirWay(List<RecipientStatus> told) {
        return told.stream().anyMatch(recipient -> recipient.state() == RecipientState.PENDING);
    }
}

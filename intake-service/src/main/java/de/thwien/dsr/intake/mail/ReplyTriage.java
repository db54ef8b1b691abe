package de.thwien.dsr.intake.mail;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.intake.cases.ActionNotAllowed;
import de.thwien.dsr.intake.cases.Attention;
import de.thwien.dsr.intake.cases.CaseAttention;
import de.thwien.dsr.intake.cases.CaseWorkflow;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.TimelineEntry;
import de.thwien.dsr.intake.mail.classification.RequestClassifier;
import de.thwien.dsr.intake.requests.RequestIntake;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The assistant's decisions on a triage item: attach a mail that named a case from another address to that case
 * (then it is a reply like any other), open a case of its own for it (received when the mail arrived), or mark the
 * item handled without either. Each decision takes the item off the open list; the mail stays in its folder.
 */
@ApplicationScoped
public class ReplyTriage {

    private final CaseWorkflow workflow;
    private final CaseReplies replies;
    private final RequestIntake intake;
    private final Clock clock;
    private final RequestClassifier classifier = new RequestClassifier();

    public ReplyTriage(CaseWorkflow workflow, CaseReplies replies, RequestIntake intake, Clock clock) {
        this.workflow = workflow;
        this.replies = replies;
        this.intake = intake;
        this.clock = clock;
    }

    /** Attaches the mail to the case it names; returns that case. */
    @WithTransaction
    public Uni<UUID> attach(long itemId, String assistant) {
        Instant now = clock.instant();
        return openReplyItem(itemId).chain(item -> replyOf(item)
                .chain(reply -> workflow.load(reply.caseId).chain(dsrCase -> {
                    reply.attached = true;
                    return TimelineEntry.of(reply.caseId, now, "REPLY_RECEIVED", CaseReplies.receivedDetail(reply)
                                    + ", attached from triage", CaseReplies.receivedFacts(reply, "fromTriage"), null,
                                    assistant).persist()
                            .chain(() -> CaseAttention.raise(reply.caseId, Attention.NEW_REPLY, now))
                            .invoke(() -> handled(item, assistant, now))
                            .replaceWith(reply.caseId);
                })));
    }

    /** Opens a case of its own for the mail, received when the mail arrived; returns the new case. */
    @WithTransaction
    public Uni<UUID> openCase(long itemId, String assistant) {
        Instant now = clock.instant();
        return openReplyItem(itemId).chain(item -> replyOf(item).chain(reply -> replies.open(reply).chain(mail -> {
            if (!mail.personalData().isReadable()) {
                throw new ActionNotAllowed("The mail's content is no longer readable; open the case from the mail"
                        + " in the folder " + item.folder + " by hand.");
            }
            RequestClassifier.Classification classification = classifier.classifyReply(mail.subject(), mail.text());
            String message = (mail.subject() == null ? "" : mail.subject() + "\n\n") + mail.text();
            return intake.openCase(new RequestIntake.NewRequest(classification.type(), mail.senderEmail(),
                            mail.senderName(), classification.language(), message, CaseEvents.Channel.EMAIL,
                            reply.receivedAt, messageIdOf(reply)))
                    .chain(accepted -> DsrCase.<DsrCase>findById(accepted.caseId()))
                    .chain(dsrCase -> {
                        dsrCase.mailKey = reply.mailKey;
                        dsrCase.mailDigest = reply.mailDigest;
                        handled(item, assistant, now);
                        // the new case holds the mail now, sealed with its own key: no second copy
                        return reply.delete().chain(() -> TimelineEntry.of(dsrCase.id, now, "OPENED_FROM_TRIAGE",
                                        "Opened from a mail in triage that named case "
                                                + CaseReplies.reference(item.caseId),
                                        Map.of("reference", CaseReplies.reference(item.caseId)), null, assistant)
                                        .persist())
                                .replaceWith(dsrCase.id);
                    });
        })));
    }

    /** Marks the item handled without attaching or opening anything; a waiting mail's sealed copy goes. */
    @WithTransaction
    public Uni<Void> handled(long itemId, String assistant) {
        return openItem(itemId).chain(item -> {
            handled(item, assistant, clock.instant());
            return CaseReply.delete("triageId = ?1 and attached = false", item.id).replaceWithVoid();
        });
    }

    /** A Message-ID the new case's notices can thread to: the key, unless it had to be bounded. */
    private static String messageIdOf(CaseReply reply) {
        return reply.mailKey.startsWith("sha256:") ? null : reply.mailKey;
    }

    private Uni<MailIntakeFailure> openReplyItem(long itemId) {
        return openItem(itemId).invoke(item -> {
            if (item.kind != MailIntakeFailure.Kind.REPLY_FROM_OTHER_ADDRESS) {
                throw new ActionNotAllowed("This triage item is no mail that names a case.");
            }
        });
    }

    private static Uni<MailIntakeFailure> openItem(long itemId) {
        return MailIntakeFailure.<MailIntakeFailure>findById(itemId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(TriageItemNotFound::new)
                .invoke(item -> {
                    if (item.handledAt != null) {
                        throw new ActionNotAllowed("This triage item was handled already.");
                    }
                });
    }

    private static Uni<CaseReply> replyOf(MailIntakeFailure item) {
        return CaseReply.<CaseReply>find("triageId = ?1 and attached = false", item.id).firstResult()
                .onItem().ifNull().failWith(() -> new ActionNotAllowed("The mail of this triage item is not kept;"
                        + " it is in the folder " + item.folder + "."));
    }

    private static void handled(MailIntakeFailure item, String assistant, Instant now) {
        item.handledAt = now;
        item.handledBy = assistant;
    }
}

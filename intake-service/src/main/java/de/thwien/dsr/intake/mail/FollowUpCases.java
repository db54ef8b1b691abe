package de.thwien.dsr.intake.mail;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.intake.cases.ActionNotAllowed;
import de.thwien.dsr.intake.cases.CasePersonalData;
import de.thwien.dsr.intake.cases.CaseWorkflow;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.TimelineEntry;
import de.thwien.dsr.intake.mail.classification.RequestClassifier;
import de.thwien.dsr.intake.requests.RequestIntake;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A reply to a closed or answered case reopens nothing by itself; the assistant may open a follow-up case for it:
 * a new case of the same requester, its type read from the reply's new text, received when the reply arrived,
 * linked to the first case ({@code follow_up_of}). A new case is acknowledged like any other.
 */
@ApplicationScoped
public class FollowUpCases {

    private final CaseWorkflow workflow;
    private final CasePersonalData personalData;
    private final CaseReplies replies;
    private final RequestIntake intake;
    private final Clock clock;
    private final RequestClassifier classifier = new RequestClassifier();

    public FollowUpCases(CaseWorkflow workflow, CasePersonalData personalData, CaseReplies replies,
            RequestIntake intake, Clock clock) {
        this.workflow = workflow;
        this.personalData = personalData;
        this.replies = replies;
        this.intake = intake;
        this.clock = clock;
    }

    /** Opens the follow-up case for the case's latest reply of a person; returns the new case. */
    @WithTransaction
    public Uni<UUID> open(UUID caseId, String assistant) {
        Instant now = clock.instant();
        return workflow.load(caseId).chain(dsrCase -> {
            if (dsrCase.status.isOpen()) {
                throw new ActionNotAllowed("The case is still open: its replies belong to it.");
            }
            return CaseReply.<CaseReply>find("caseId = ?1 and attached = true and automatic = false"
                            + " order by receivedAt desc, recordedAt desc", caseId).firstResult()
                    .onItem().ifNull().failWith(() -> new ActionNotAllowed("The case has no reply to follow up."))
                    .chain(reply -> DsrCase.count("followUpOf = ?1 and mailKey = ?2 and mailDigest = ?3", caseId,
                                    reply.mailKey, reply.mailDigest)
                            .chain(opened -> {
                                if (opened > 0) {
                                    throw new ActionNotAllowed("A follow-up case for this reply exists already.");
                                }
                                return openFor(dsrCase, reply, assistant, now);
                            }));
        });
    }

    private Uni<UUID> openFor(DsrCase first, CaseReply reply, String assistant, Instant now) {
        return personalData.open(first).chain(requester -> replies.open(reply).chain(mail -> {
            if (!requester.readability().isReadable() || !mail.personalData().isReadable()) {
                throw new ActionNotAllowed("The requester's data of this case is no longer readable.");
            }
            RequestClassifier.Classification classification = classifier.classifyReply(mail.subject(), mail.text());
            String message = (mail.subject() == null ? "" : mail.subject() + "\n\n") + mail.text();
            return intake.openCase(new RequestIntake.NewRequest(classification.type(), requester.email(),
                    requester.name(), classification.language(), message, CaseEvents.Channel.EMAIL,
                    reply.receivedAt, reply.mailKey.startsWith("sha256:") ? null : reply.mailKey));
        })).chain(accepted -> DsrCase.<DsrCase>findById(accepted.caseId())).chain(followUp -> {
            followUp.followUpOf = first.id;
            // the reply's mail, so that the same reply gets one follow-up case
            followUp.mailKey = reply.mailKey;
            followUp.mailDigest = reply.mailDigest;
            return TimelineEntry.of(first.id, now, "FOLLOW_UP_OPENED", "Follow-up case " + followUp.id
                            + " opened for the reply of " + reply.receivedAt,
                            Map.of("caseId", followUp.id.toString(), "replyAt", reply.receivedAt.toString()), null,
                            assistant).persist()
                    .chain(() -> TimelineEntry.of(followUp.id, now, "FOLLOW_UP_OF", "Follow-up of case " + first.id,
                            Map.of("caseId", first.id.toString()), null, assistant).persist())
                    .replaceWith(followUp.id);
        });
    }
}

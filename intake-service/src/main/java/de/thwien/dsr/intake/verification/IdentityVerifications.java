package de.thwien.dsr.intake.verification;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.outbox.Outbox;
import de.thwien.dsr.intake.cases.CasePersonalData;
import de.thwien.dsr.intake.cases.CaseStatus;
import de.thwien.dsr.intake.cases.CaseTrigger;
import de.thwien.dsr.intake.cases.CaseWorkflow;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.DuplicateRequests;
import de.thwien.dsr.intake.cases.RequesterData;
import de.thwien.dsr.intake.cases.TimelineEntry;
import de.thwien.dsr.intake.requests.IntakeConfig;
import de.thwien.dsr.intake.requests.StatusTokens;
import de.thwien.dsr.platform.problem.Problem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Identity verification by single-use e-mail link, or manually by the assistant (Art. 12(6)). */
@ApplicationScoped
public class IdentityVerifications {

    private static final Logger LOG = Logger.getLogger(IdentityVerifications.class);
    private static final int JOB_BATCH = 200;

    /** What a link shows before it is used. */
    public enum LinkState { PENDING, ALREADY_USED, EXPIRED }

    public record LinkStatus(LinkState state, RequestType requestType, Instant expiresAt) {
    }

    private final Outbox outbox;
    private final Clock clock;
    private final VerificationConfig config;
    private final IntakeConfig intakeConfig;
    private final CaseWorkflow workflow;
    private final DuplicateRequests duplicates;
    private final CasePersonalData personalData;

    public IdentityVerifications(Outbox outbox, Clock clock, VerificationConfig config, IntakeConfig intakeConfig,
            CaseWorkflow workflow, DuplicateRequests duplicates, CasePersonalData personalData) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.intakeConfig = intakeConfig;
        this.workflow = workflow;
        this.duplicates = duplicates;
        this.personalData = personalData;
    }

    /** Sends the link for a new case; runs inside the transaction that opens the case. */
    public Uni<Void> request(DsrCase dsrCase, Instant now) {
        IdentityVerification verification = new IdentityVerification();
        verification.caseId = dsrCase.id;
        verification.requestedAt = now;
        verification.expiresAt = now.plus(config.validity());
        String token = StatusTokens.newToken();
        return verification.persist()
                .chain(() -> VerificationToken.of(StatusTokens.hash(token), dsrCase.id, now).persist())
                .chain(() -> link(dsrCase, token))
                .chain(link -> outbox.append(new CaseEvents.VerificationRequested(dsrCase.id.toString(),
                        dsrCase.requestType, dsrCase.language, verification.expiresAt, link)))
                .chain(envelope -> workflow.advance(dsrCase, new CaseWorkflow.Step(
                        CaseTrigger.VERIFICATION_REQUESTED, "VERIFICATION_REQUESTED",
                        // sending is the notifier's: its notice.sent or notice.failed follows on the timeline
                        "Verification link issued, valid until " + verification.expiresAt, TimelineEntry.SYSTEM,
                        now, envelope.id())))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<LinkStatus> inspect(String token) {
        return verificationOf(token).chain(verification -> DsrCase.<DsrCase>findById(verification.caseId)
                .map(dsrCase -> new LinkStatus(stateOf(verification, clock.instant()), dsrCase.requestType,
                        verification.expiresAt)));
    }

    /** The requester used the link: identity.verified, once; a used or expired link changes nothing. */
    @WithTransaction
    public Uni<DsrCase> confirm(String token) {
        Instant now = clock.instant();
        return verificationOf(token).chain(verification -> {
            LinkState state = stateOf(verification, now);
            if (state != LinkState.PENDING) {
                return Uni.createFrom().failure(refusal(state));
            }
            // the conditional update makes two clicks at the same moment verify once
            return IdentityVerification.update("verifiedAt = ?1, method = ?2 where caseId = ?3 "
                            + "and verifiedAt is null and expiredAt is null",
                            now, CaseEvents.VerificationMethod.EMAIL_LINK, verification.caseId)
                    .chain(updated -> updated == 0
                            ? Uni.createFrom().failure(refusal(LinkState.ALREADY_USED))
                            : verify(verification.caseId, CaseTrigger.VERIFIED_BY_LINK,
                                    CaseEvents.VerificationMethod.EMAIL_LINK, "Identity verified by e-mail link",
                                    TimelineEntry.REQUESTER, now));
        });
    }

    /** The assistant confirms the identity another way (e.g. a known customer on the phone). */
    @WithTransaction
    public Uni<DsrCase> verifyManually(UUID caseId, String note, String assistant) {
        Instant now = clock.instant();
        return workflow.load(caseId).chain(dsrCase -> {
            CaseWorkflow.require(dsrCase, CaseTrigger.VERIFIED_MANUALLY);
            return IdentityVerification.update("verifiedAt = ?1, method = ?2 where caseId = ?3 "
                            + "and verifiedAt is null", now, CaseEvents.VerificationMethod.MANUAL, caseId)
                    .chain(() -> verify(caseId, CaseTrigger.VERIFIED_MANUALLY, CaseEvents.VerificationMethod.MANUAL,
                            "Identity verified manually: " + note, assistant, now));
        });
    }

    private Uni<DsrCase> verify(UUID caseId, CaseTrigger trigger, CaseEvents.VerificationMethod method,
            String detail, String actor, Instant now) {
        return workflow.load(caseId).chain(dsrCase -> {
            CaseWorkflow.require(dsrCase, trigger);
            return personalData.open(dsrCase).chain(requester -> outbox.append(new CaseEvents.IdentityVerified(
                            dsrCase.id.toString(), dsrCase.requestType, dsrCase.language, method, now,
                            requester.person())))
                    .chain(envelope -> workflow.advance(dsrCase, new CaseWorkflow.Step(trigger, "IDENTITY_VERIFIED",
                            detail, actor, now, envelope.id())))
                    .chain(verified -> duplicates.link(verified, now).replaceWith(verified));
        });
    }

    /** Sends each unused link once more after {@code reminderAfter}, as a new link of the same validity. */
    @WithTransaction
    public Uni<Integer> sendReminders(Instant now) {
        return IdentityVerification.<IdentityVerification>find("verifiedAt is null and expiredAt is null "
                                + "and remindedAt is null and requestedAt <= ?1 and expiresAt > ?2",
                        now.minus(config.reminderAfter()), now)
                .page(0, JOB_BATCH).list()
                .chain(due -> forEach(due, verification -> remind(verification, now)));
    }

    private Uni<Void> remind(IdentityVerification verification, Instant now) {
        verification.remindedAt = now;
        return CaseWorkflow.locked(verification.caseId).chain(dsrCase -> {
            if (dsrCase.status != CaseStatus.AWAITING_VERIFICATION) {
                return Uni.createFrom().voidItem();
            }
            String token = StatusTokens.newToken();
            return VerificationToken.of(StatusTokens.hash(token), dsrCase.id, now).persist()
                    .chain(() -> link(dsrCase, token))
                    .chain(link -> outbox.append(new CaseEvents.VerificationReminderDue(dsrCase.id.toString(),
                            dsrCase.language, verification.expiresAt, link)))
                    .chain(envelope -> TimelineEntry.of(dsrCase.id, now, "VERIFICATION_REMINDER",
                            "Verification reminder issued, link valid until " + verification.expiresAt,
                            envelope.id()).persist())
                    .replaceWithVoid();
        });
    }

    /** Cases whose links ran out unused become VERIFICATION_EXPIRED; their due dates stay as they are. */
    @WithTransaction
    public Uni<Integer> expire(Instant now) {
        return IdentityVerification.<IdentityVerification>find("verifiedAt is null and expiredAt is null "
                        + "and expiresAt <= ?1", now)
                .page(0, JOB_BATCH).list()
                .chain(due -> forEach(due, verification -> {
                    verification.expiredAt = now;
                    return CaseWorkflow.locked(verification.caseId).chain(dsrCase ->
                            dsrCase.status != CaseStatus.AWAITING_VERIFICATION ? Uni.createFrom().voidItem()
                                    : workflow.advance(dsrCase, new CaseWorkflow.Step(CaseTrigger.VERIFICATION_EXPIRED,
                                            "VERIFICATION_EXPIRED", "Verification link expired unused; still due on "
                                                    + dsrCase.currentDueOn, TimelineEntry.SYSTEM, now, null))
                                    .replaceWithVoid());
                }));
    }

    private static <T> Uni<Integer> forEach(List<T> items, java.util.function.Function<T, Uni<Void>> action) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        // one after the other: they share the transaction's session
        Uni<Void> all = Uni.createFrom().voidItem();
        for (T item : items) {
            all = all.chain(() -> action.apply(item));
        }
        return all.map(done -> {
            LOG.infof("%d verifications handled", items.size());
            return items.size();
        });
    }

    private Uni<IdentityVerification> verificationOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Uni.createFrom().failure(unknownLink());
        }
        return VerificationToken.<VerificationToken>findById(StatusTokens.hash(token))
                .onItem().ifNull().failWith(IdentityVerifications::unknownLink)
                .chain(found -> IdentityVerification.<IdentityVerification>findById(found.caseId));
    }

    private static LinkState stateOf(IdentityVerification verification, Instant now) {
        if (verification.verifiedAt != null) {
            return LinkState.ALREADY_USED;
        }
        if (verification.expiredAt != null || !now.isBefore(verification.expiresAt)) {
            return LinkState.EXPIRED;
        }
        return LinkState.PENDING;
    }

    private static WebApplicationException refusal(LinkState state) {
        if (state == LinkState.ALREADY_USED) {
            return new WebApplicationException(Problem.of(409, "Link already used",
                    "This verification link has already been used. Your identity is confirmed; nothing else to do.")
                    .toResponse());
        }
        return new WebApplicationException(Problem.of(410, "Link expired",
                "This verification link has expired. Please contact us or submit your request again.").toResponse());
    }

    private static NotFoundException unknownLink() {
        return new NotFoundException("unknown verification link");
    }

    private Uni<CaseEvents.VerificationLink> link(DsrCase dsrCase, String token) {
        return personalData.open(dsrCase).map(RequesterData::person).map(person ->
                new CaseEvents.VerificationLink(person.email(), person.name(),
                        intakeConfig.publicBaseUrl() + "/api/verification/" + token));
    }
}

package de.thwien.dsr.intake.verification;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.intake.cases.ActionNotAllowed;
import de.thwien.dsr.intake.cases.Attention;
import de.thwien.dsr.intake.cases.CaseAttention;
import de.thwien.dsr.intake.cases.CasePersonalData;
import de.thwien.dsr.intake.cases.CaseWorkflow;
import de.thwien.dsr.intake.cases.DsrCase;
import de.thwien.dsr.intake.cases.DuplicateRequests;
import de.thwien.dsr.intake.cases.MailReachability;
import de.thwien.dsr.intake.cases.RequesterData;
import de.thwien.dsr.intake.cases.TimelineEntry;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.cases.lifecycle.CaseTrigger;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.intake.links.IntakeConfig;
import de.thwien.dsr.intake.links.MailLinks;
import de.thwien.dsr.intake.links.StatusTokens;
import de.thwien.dsr.platform.problem.Refusal;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Identity verification by single-use e-mail link, or manually by the assistant (Art. 12(6)). */
@ApplicationScoped
public class IdentityVerifications {

    private static final Logger LOG = Logger.getLogger(IdentityVerifications.class);
    private static final int JOB_BATCH = 200;

    /** What a link shows before it is used. */
    public enum LinkState { PENDING, ALREADY_USED, EXPIRED, REFUSED }

    public record LinkStatus(LinkState state, RequestType requestType, Instant expiresAt) {
    }

    /**
     * A case whose link expired unused, for the triage list: when the requester is told (or was told) that her
     * identity was not confirmed, and in how many days from {@code today}.
     */
    public record UnconfirmedCase(UUID id, RequestType type, LocalDate receivedOn, LocalDate currentDueOn,
            Instant expiredAt, LocalDate noticeOn, long daysUntilNotice, Instant noticeIssuedAt) {
    }

    /** A link as the requester holds it: its token and the verification of its case. */
    private record Link(VerificationToken token, IdentityVerification verification) {
    }

    private final Outbox outbox;
    private final Clock clock;
    private final VerificationConfig config;
    private final IntakeConfig intakeConfig;
    private final CaseWorkflow workflow;
    private final DuplicateRequests duplicates;
    private final CasePersonalData personalData;
    private final UnverifiedGrace grace;

    public IdentityVerifications(Outbox outbox, Clock clock, VerificationConfig config, IntakeConfig intakeConfig,
            CaseWorkflow workflow, DuplicateRequests duplicates, CasePersonalData personalData) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.intakeConfig = intakeConfig;
        this.workflow = workflow;
        this.duplicates = duplicates;
        this.personalData = personalData;
        this.grace = new UnverifiedGrace(config.unverifiedGrace());
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
                        "Verification link issued, valid until " + verification.expiresAt,
                        Map.of("validUntil", verification.expiresAt.toString()), TimelineEntry.SYSTEM, now,
                        envelope.id())))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<LinkStatus> inspect(String token) {
        return linkOf(token).chain(link -> DsrCase.<DsrCase>findById(link.verification().caseId)
                .chain(dsrCase -> refused(dsrCase).map(refused -> new LinkStatus(
                        refused ? LinkState.REFUSED : stateOf(link, clock.instant()), dsrCase.requestType,
                        link.verification().expiresAt))));
    }

    /** The requester used the link: identity.verified, once; a used or expired link changes nothing. */
    @WithTransaction
    public Uni<DsrCase> confirm(String token) {
        Instant now = clock.instant();
        // the case first, as every writer of a case and its verification locks it (a new link at the same moment
        // waits); a refused request's link says so whatever else it is (used, expired)
        return linkOf(token).call(link -> CaseWorkflow.locked(link.verification().caseId)
                .chain(IdentityVerifications::refused).invoke(refused -> {
                    if (refused) {
                        throw new LinkOfRefusedRequest();
                    }
                })).chain(link -> {
            LinkState state = stateOf(link, now);
            if (state != LinkState.PENDING) {
                return Uni.createFrom().failure(refusal(state));
            }
            UUID caseId = link.verification().caseId;
            // the conditional update makes two clicks at the same moment verify once
            return IdentityVerification.update("verifiedAt = ?1, method = ?2 where caseId = ?3 "
                            + "and verifiedAt is null and expiredAt is null",
                            now, CaseEvents.VerificationMethod.EMAIL_LINK, caseId)
                    .chain(updated -> updated == 0
                            ? Uni.createFrom().failure(refusal(LinkState.ALREADY_USED))
                            : verify(caseId, CaseTrigger.VERIFIED_BY_LINK,
                                    CaseEvents.VerificationMethod.EMAIL_LINK, "Identity verified by e-mail link",
                                    Map.of("method", CaseEvents.VerificationMethod.EMAIL_LINK.name()),
                                    TimelineEntry.REQUESTER, now)
                                    // she used the link we mailed her: whatever a bounce said, mail reaches her
                                    .call(() -> MailReachability.reached(caseId,
                                            MailReachability.Proof.VERIFIED_BY_LINK, now)));
        });
    }

    /**
     * Whether the case's request was refused (Art. 12(4) GDPR), now or before it was closed: her link then says so,
     * not that it was used.
     */
    private static Uni<Boolean> refused(DsrCase dsrCase) {
        if (dsrCase.status == CaseStatus.REJECTED) {
            return Uni.createFrom().item(true);
        }
        if (dsrCase.status != CaseStatus.CLOSED) {
            return Uni.createFrom().item(false);
        }
        return TimelineEntry.count("caseId = ?1 and kind = ?2", dsrCase.id, "REQUEST_REJECTED").map(found -> found > 0);
    }

    /**
     * A refusal because the identity was not confirmed is possible only once she can no longer confirm it: from the
     * day the automatic notice that her identity was not confirmed goes out ({@link UnverifiedGrace}, counted from
     * the link's expiry), the one rule for both. A case without a link (registered by the assistant) is hers to
     * judge. Runs inside the caller's transaction.
     */
    public Uni<Void> requireUnconfirmable(DsrCase dsrCase, LocalDate today) {
        return IdentityVerification.<IdentityVerification>findById(dsrCase.id).invoke(verification -> {
            if (verification == null) {
                return;
            }
            if (verification.verifiedAt != null) {
                throw new IdentityAlreadyConfirmed();
            }
            LocalDate refusableFrom = noticeOn(verification, dsrCase);
            if (today.isBefore(refusableFrom)) {
                throw new IdentityStillConfirmable(verification.expiresAt, refusableFrom);
            }
        }).replaceWithVoid();
    }

    /**
     * The day from which the case may be refused because the identity was not confirmed ({@link
     * #requireUnconfirmable}), while it is still to come; null when that refusal is open already or never (no link,
     * identity confirmed): what the case page shows beside the refusal.
     */
    @WithSession
    public Uni<LocalDate> identityRefusableFrom(UUID caseId, LocalDate today) {
        return DsrCase.<DsrCase>findById(caseId).chain(dsrCase -> IdentityVerification
                .<IdentityVerification>findById(caseId).map(verification -> {
                    if (dsrCase == null || verification == null || verification.verifiedAt != null) {
                        return null;
                    }
                    LocalDate from = noticeOn(verification, dsrCase);
                    return today.isBefore(from) ? from : null;
                }));
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
                            "Identity verified manually: " + note, Map.of("variant", "manual",
                                    "method", CaseEvents.VerificationMethod.MANUAL.name(), "note", note),
                            assistant, now));
        });
    }

    /**
     * identity.verified and the case's next step. A confirmation after the link had expired goes on with the case as
     * any other: its due date stays the one counted from receipt (Art. 12(3)), and the timeline says so. For a request
     * nobody has assigned a kind yet (UNCLASSIFIED) identity.verified is withheld: the other services would search for
     * her data and plan for no right at all. It goes out when the assistant sets the kind ({@link #goOnClassified}).
     */
    private Uni<DsrCase> verify(UUID caseId, CaseTrigger trigger, CaseEvents.VerificationMethod method,
            String detail, Map<String, String> facts, String actor, Instant now) {
        return workflow.load(caseId).chain(dsrCase -> {
            CaseWorkflow.require(dsrCase, trigger);
            boolean waitsForType = dsrCase.requestType == RequestType.UNCLASSIFIED;
            return IdentityVerification.<IdentityVerification>findById(caseId)
                    .map(verification -> lateness(dsrCase, verification))
                    .chain(late -> (waitsForType ? Uni.createFrom().<UUID>nullItem()
                                    : announceVerified(dsrCase, method, now))
                            .chain(eventId -> workflow.advance(dsrCase, new CaseWorkflow.Step(trigger,
                                    "IDENTITY_VERIFIED", detail + late.detail(dsrCase) + (waitsForType
                                            ? "; the search for her data waits until the kind of request is set"
                                            : ""),
                                    waitsForType ? withAlso(late.facts(facts, dsrCase), "waitsForType")
                                            : late.facts(facts, dsrCase), actor, now, eventId))))
                    .chain(verified -> duplicates.link(verified, now).replaceWith(verified));
        });
    }

    /**
     * The assistant has set the kind of a case that was UNCLASSIFIED: if its requester's identity was confirmed
     * already, identity.verified goes out now with the new kind (as confirmed then, by the method used then), so that
     * her data is searched and her request carried out. Returns whether it went out. Runs inside the caller's
     * transaction, with the case locked.
     */
    public Uni<Boolean> goOnClassified(DsrCase dsrCase) {
        return TimelineEntry.<TimelineEntry>find("caseId = ?1 and kind = ?2 order by occurredAt desc, id desc",
                dsrCase.id, "IDENTITY_VERIFIED").firstResult().chain(confirmed -> {
            if (confirmed == null) {
                // her confirmation (link or assistant) sends it with the kind now set
                return Uni.createFrom().item(false);
            }
            return IdentityVerification.<IdentityVerification>findById(dsrCase.id).chain(verification -> {
                boolean recorded = verification != null && verification.verifiedAt != null;
                Map<String, String> facts = confirmed.params();
                CaseEvents.VerificationMethod method = recorded && verification.method != null ? verification.method
                        : facts != null && facts.containsKey("method")
                                ? CaseEvents.VerificationMethod.valueOf(facts.get("method"))
                                : CaseEvents.VerificationMethod.MANUAL;
                Instant verifiedAt = recorded ? verification.verifiedAt : confirmed.occurredAt;
                return announceVerified(dsrCase, method, verifiedAt).replaceWith(true);
            });
        });
    }

    /** Appends identity.verified for the case as it is now; the event's id. */
    private Uni<UUID> announceVerified(DsrCase dsrCase, CaseEvents.VerificationMethod method, Instant verifiedAt) {
        return personalData.open(dsrCase).chain(requester -> outbox.append(new CaseEvents.IdentityVerified(
                dsrCase.id.toString(), dsrCase.requestType, dsrCase.language, method, verifiedAt,
                requester.person()))).map(envelope -> envelope.id());
    }

    /** The facts with one more name in {@code also} (worded by the dashboard as {@code timeline.also.<name>}). */
    private static Map<String, String> withAlso(Map<String, String> facts, String name) {
        Map<String, String> all = new LinkedHashMap<>(facts);
        all.merge("also", name, (before, added) -> before + "," + added);
        return all;
    }

    /** A confirmation in time, after the link had expired, or with a new link (issued {@code renewedAt}). */
    private record Lateness(String name, Instant renewedAt) {

        /** What the timeline's English detail adds. */
        String detail(DsrCase dsrCase) {
            if (name == null) {
                return "";
            }
            String when = renewedAt == null ? "after the link had expired" : "with a new link issued " + renewedAt;
            return "; confirmed " + when + ": the case goes on with its original deadline, due on "
                    + dsrCase.currentDueOn + " (not restarted)";
        }

        /** The step's facts with the lateness, worded by the dashboard as {@code timeline.also.<name>}. */
        Map<String, String> facts(Map<String, String> facts, DsrCase dsrCase) {
            if (name == null) {
                return facts;
            }
            Map<String, String> all = new LinkedHashMap<>(facts);
            all.put("also", name);
            all.put("dueOn", dsrCase.currentDueOn.toString());
            if (renewedAt != null) {
                all.put("renewedAt", renewedAt.toString());
            }
            return all;
        }
    }

    /** What the timeline adds for a confirmation that came after the link had expired or with a new link. */
    private static Lateness lateness(DsrCase dsrCase, IdentityVerification verification) {
        if (dsrCase.status == CaseStatus.VERIFICATION_EXPIRED) {
            return new Lateness("afterExpiry", null);
        }
        if (verification != null && verification.renewedAt != null) {
            return new Lateness("withNewLink", verification.renewedAt);
        }
        return new Lateness(null, null);
    }

    /**
     * The assistant sends a new link (the requester asked for one, or the first never arrived): a new token with a
     * new validity, every earlier link of the case invalid, the case back to AWAITING_VERIFICATION. A notice that
     * the identity was not confirmed, not sent yet, is not sent any more.
     */
    @WithTransaction
    public Uni<DsrCase> renewLink(UUID caseId, String assistant) {
        Instant now = clock.instant();
        return workflow.load(caseId).chain(dsrCase -> {
            CaseWorkflow.require(dsrCase, CaseTrigger.VERIFICATION_LINK_RENEWED);
            return IdentityVerification.<IdentityVerification>findById(caseId).chain(verification -> {
                if (verification == null || verification.verifiedAt != null) {
                    throw new ActionNotAllowed("This case has no identity check waiting for a link.");
                }
                verification.requestedAt = now;
                verification.expiresAt = now.plus(config.validity());
                verification.expiredAt = null;
                verification.renewedAt = now;
                String token = StatusTokens.newToken();
                return VerificationToken.update("supersededAt = ?1 where caseId = ?2 and supersededAt is null", now,
                                caseId)
                        .chain(() -> VerificationToken.of(StatusTokens.hash(token), caseId, now).persist())
                        .chain(() -> link(dsrCase, token))
                        .chain(link -> outbox.append(new CaseEvents.VerificationRequested(dsrCase.id.toString(),
                                dsrCase.requestType, dsrCase.language, verification.expiresAt, link)))
                        .chain(envelope -> workflow.advance(dsrCase, new CaseWorkflow.Step(
                                CaseTrigger.VERIFICATION_LINK_RENEWED, "VERIFICATION_LINK_RENEWED",
                                "New verification link issued, valid until " + verification.expiresAt
                                        + "; earlier links no longer work; still due on " + dsrCase.currentDueOn,
                                Map.of("validUntil", verification.expiresAt.toString(),
                                        "dueOn", dsrCase.currentDueOn.toString()),
                                assistant, now, envelope.id())));
            });
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
                            Map.of("validUntil", verification.expiresAt.toString()), envelope.id(),
                            TimelineEntry.SYSTEM).persist())
                    .replaceWithVoid();
        });
    }

    /**
     * Cases whose links ran out unused become VERIFICATION_EXPIRED and wait for the assistant ({@link
     * Attention#UNVERIFIED}); their due dates stay as they are.
     */
    @WithTransaction
    public Uni<Integer> expire(Instant now) {
        return caseIds("select caseId from IdentityVerification where verifiedAt is null and expiredAt is null"
                        + " and expiresAt <= ?1 order by expiresAt, caseId", now)
                .chain(due -> forEach(due, caseId -> CaseWorkflow.locked(caseId).chain(dsrCase ->
                        IdentityVerification.<IdentityVerification>findById(caseId).chain(verification -> {
                            // read under the case's lock: a new link or a confirmation may have come meanwhile
                            if (verification.verifiedAt != null || verification.expiredAt != null
                                    || verification.expiresAt.isAfter(now)) {
                                return Uni.createFrom().voidItem();
                            }
                            verification.expiredAt = now;
                            if (dsrCase.status != CaseStatus.AWAITING_VERIFICATION) {
                                return Uni.createFrom().voidItem();
                            }
                            String notice = verification.unconfirmedNoticeAt != null ? ""
                                    : "; the requester is told on " + noticeOn(verification, dsrCase)
                                            + " unless her identity is confirmed before";
                            Map<String, String> facts = verification.unconfirmedNoticeAt != null
                                    ? Map.of("dueOn", dsrCase.currentDueOn.toString())
                                    : Map.of("dueOn", dsrCase.currentDueOn.toString(), "also", "unconfirmedNotice",
                                            "noticeOn", noticeOn(verification, dsrCase).toString());
                            return workflow.advance(dsrCase, new CaseWorkflow.Step(CaseTrigger.VERIFICATION_EXPIRED,
                                            "VERIFICATION_EXPIRED", "Verification link expired unused; still due on "
                                                    + dsrCase.currentDueOn + notice, facts, TimelineEntry.SYSTEM, now,
                                            null))
                                    .chain(() -> CaseAttention.raise(caseId, Attention.UNVERIFIED, now));
                        }))));
    }

    /**
     * After the grace ({@link UnverifiedGrace}) the requester of a case still VERIFICATION_EXPIRED is told, once,
     * that her request cannot be carried out while her identity is not confirmed; the case stays open.
     */
    @WithTransaction
    public Uni<Integer> noticeUnconfirmed(Instant now) {
        LocalDate today = now.atZone(DeadlineCalculator.BERLIN).toLocalDate();
        // few rows (cases waiting for a confirmation), so the grace is computed here with the calendar
        return Panache.getSession().chain(session -> session.createSelectionQuery("select v.caseId, v.expiredAt,"
                                + " c.currentDueOn from IdentityVerification v, DsrCase c where c.id = v.caseId"
                                + " and c.status = ?1 and v.expiredAt is not null and v.verifiedAt is null"
                                + " and v.unconfirmedNoticeAt is null order by v.expiredAt, v.caseId", Object[].class)
                        .setParameter(1, CaseStatus.VERIFICATION_EXPIRED).getResultList())
                .map(waiting -> waiting.stream()
                        .filter(row -> !grace.noticeOn(dayOf((Instant) row[1]), (LocalDate) row[2]).isAfter(today))
                        .map(row -> (UUID) row[0]).limit(JOB_BATCH).toList())
                .chain(due -> forEach(due, caseId -> CaseWorkflow.locked(caseId).chain(dsrCase ->
                        IdentityVerification.<IdentityVerification>findById(caseId).chain(verification -> {
                            if (dsrCase.status != CaseStatus.VERIFICATION_EXPIRED || verification.expiredAt == null
                                    || verification.verifiedAt != null || verification.unconfirmedNoticeAt != null
                                    || noticeOn(verification, dsrCase).isAfter(today)) {
                                return Uni.createFrom().voidItem();
                            }
                            verification.unconfirmedNoticeAt = now;
                            return personalData.open(dsrCase).chain(requester -> outbox.append(
                                            new CaseEvents.IdentityUnconfirmed(dsrCase.id.toString(),
                                                    dsrCase.requestType, dsrCase.language, dsrCase.receivedOn,
                                                    requester.person())))
                                    // sending is the notifier's: its notice.sent or notice.failed follows
                                    .chain(envelope -> TimelineEntry.of(dsrCase.id, now, "IDENTITY_UNCONFIRMED_NOTICE",
                                            "Notice that the identity was not confirmed issued; still due on "
                                                    + dsrCase.currentDueOn,
                                            Map.of("dueOn", dsrCase.currentDueOn.toString()), envelope.id(),
                                            TimelineEntry.SYSTEM).persist())
                                    .replaceWithVoid();
                        }))));
    }

    /** The cases whose links expired unused, for triage: soonest due first. */
    @WithSession
    public Uni<List<UnconfirmedCase>> unconfirmed(LocalDate today) {
        return Panache.getSession().chain(session -> session.createSelectionQuery("select c.id, c.requestType,"
                                + " c.receivedOn, c.currentDueOn, v.expiredAt, v.unconfirmedNoticeAt"
                                + " from DsrCase c, IdentityVerification v where v.caseId = c.id and c.status = ?1"
                                + " order by c.currentDueOn, c.id", Object[].class)
                        .setParameter(1, CaseStatus.VERIFICATION_EXPIRED).getResultList())
                .map(rows -> rows.stream().map(row -> {
                    Instant expiredAt = (Instant) row[4];
                    LocalDate dueOn = (LocalDate) row[3];
                    LocalDate noticeOn = expiredAt == null ? null : grace.noticeOn(dayOf(expiredAt), dueOn);
                    return new UnconfirmedCase((UUID) row[0], (RequestType) row[1], (LocalDate) row[2], dueOn,
                            expiredAt, noticeOn,
                            noticeOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(today, noticeOn)),
                            (Instant) row[5]);
                }).toList());
    }

    /**
     * The day the requester is told that her identity was not confirmed, counted from her link's expiry: the recorded
     * one, or the one due while the job has not run yet.
     */
    private LocalDate noticeOn(IdentityVerification verification, DsrCase dsrCase) {
        Instant expiry = verification.expiredAt != null ? verification.expiredAt : verification.expiresAt;
        return grace.noticeOn(dayOf(expiry), dsrCase.currentDueOn);
    }

    private static LocalDate dayOf(Instant instant) {
        return instant.atZone(DeadlineCalculator.BERLIN).toLocalDate();
    }

    private static Uni<List<UUID>> caseIds(String query, Instant now) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(query, UUID.class)
                .setParameter(1, now).setMaxResults(JOB_BATCH).getResultList());
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

    private Uni<Link> linkOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Uni.createFrom().failure(new UnknownVerificationLink());
        }
        return VerificationToken.<VerificationToken>findById(StatusTokens.hash(token))
                .onItem().ifNull().failWith(UnknownVerificationLink::new)
                .chain(found -> IdentityVerification.<IdentityVerification>findById(found.caseId)
                        .map(verification -> new Link(found, verification)));
    }

    private static LinkState stateOf(Link link, Instant now) {
        IdentityVerification verification = link.verification();
        if (verification.verifiedAt != null) {
            return LinkState.ALREADY_USED;
        }
        // a link the assistant replaced by a new one has run out, whatever the new one's validity
        if (link.token().supersededAt != null || verification.expiredAt != null
                || !now.isBefore(verification.expiresAt)) {
            return LinkState.EXPIRED;
        }
        return LinkState.PENDING;
    }

    private static Refusal refusal(LinkState state) {
        return state == LinkState.ALREADY_USED ? new LinkAlreadyUsed() : new LinkExpired();
    }

    private Uni<CaseEvents.VerificationLink> link(DsrCase dsrCase, String token) {
        return personalData.open(dsrCase).map(RequesterData::person).map(person ->
                new CaseEvents.VerificationLink(person.email(), person.name(),
                        MailLinks.inLanguage(intakeConfig.publicBaseUrl() + "/api/verification/" + token,
                                dsrCase.language)));
    }
}

package de.thwien.dsr.intake.mail;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.intake.cases.CaseWorkflow;
import de.thwien.dsr.intake.cases.RequesterDigest;
import de.thwien.dsr.intake.cases.TimelineEntry;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.intake.cases.lifecycle.CaseTrigger;
import de.thwien.dsr.intake.mail.DeliveryReport.Action;
import de.thwien.dsr.intake.mail.DeliveryReport.RecipientReport;
import de.thwien.dsr.platform.mail.AutomaticMail;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Delivery reports (bounces) for our notices, recognised before any other handling of a mail in the mailbox. A
 * report is matched to the notice it returns by the Message-ID of the returned headers ({@link SentNotices}; random,
 * so whoever names it got our mail), else, only for a report the mail system sent
 * ({@link AutomaticMail#fromMailSystem}), by recipient and time: the recipient's digest is an open case's requester and
 * a notice went to that case within {@link MailboxConfig#deliveryReportMatchWindow()} before it arrived (the latest
 * one). Anyone else could name any requester's address to have her notice marked failed. A match is recorded in one
 * transaction: the case timeline (how it was matched and the status code, never the sender or the diagnostic text,
 * which may quote the address), for a
 * failure {@code notice.bounced} for the notifier (which marks the delivery failed and reports {@code notice.failed},
 * so the case shows DELIVERY_FAILED), for a permanent failure of the first mails the flag that the requester cannot
 * be reached by mail, and the mail's listing as handled by the system with its case. The same report twice, or a
 * second report of the same action for the same notice, is listed but changes nothing else. A report that matches
 * nothing is left to the automatic-mail triage.
 */
@ApplicationScoped
public class DeliveryReports {

    /** The notices whose failure means the address itself does not work: nothing has reached her yet. */
    static final Set<NoticeKind> FIRST_MAILS = EnumSet.of(NoticeKind.ACKNOWLEDGEMENT, NoticeKind.VERIFICATION_LINK,
            NoticeKind.VERIFICATION_REMINDER);

    /** Recorded as who handled the listing of a report attached to its case. */
    static final String HANDLED_BY_SYSTEM = TimelineEntry.SYSTEM;

    /** Mailbox dates have second precision and clocks differ: a notice this much "after" the report still counts. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

    private static final String OPEN_STATUSES = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));

    private static final Logger LOG = Logger.getLogger(DeliveryReports.class);

    private final SentNotices sentNotices;
    private final RequesterDigest digest;
    private final CaseWorkflow workflow;
    private final Outbox outbox;
    private final MailboxConfig config;
    private final Clock clock;

    public DeliveryReports(SentNotices sentNotices, RequesterDigest digest, CaseWorkflow workflow, Outbox outbox,
            MailboxConfig config, Clock clock) {
        this.sentNotices = sentNotices;
        this.digest = digest;
        this.workflow = workflow;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** How a report was matched to its notice, as the timeline says it. */
    enum How {
        BY_MESSAGE_ID("matched by Message-ID"), BY_RECIPIENT_AND_TIME("matched by recipient and time");

        final String text;

        How(String text) {
            this.text = text;
        }
    }

    /** A report matched to one of our notices, how, and the recipient's outcome that counts. */
    record Match(UUID caseId, NoticeKind kind, String messageId, RecipientReport recipient, How how) {
    }

    /**
     * Records the mail if it is a delivery report for one of our notices and returns its case; empty for any other
     * mail (nothing recorded). Blocking, on the poller's worker thread.
     *
     * @throws MessagingException when the connection to the mailbox is lost meanwhile
     */
    public Optional<UUID> attach(Message mail, String mailboxRef) throws MessagingException {
        Optional<DeliveryReport> report = DeliveryReport.of(mail);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        Instant receivedAt = receivedAtOf(mail);
        Instant reportedAt = receivedAt == null ? clock.instant() : receivedAt;
        String reportKey = MessageIdKey.of(RequestMail.messageIdOrNull(mail));
        MailHeaders headers = MailHeaders.of(mail);
        boolean fromMailSystem = AutomaticMail.fromMailSystem(headers, headers.senderAddress());
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> match(report.get(),
                    fromMailSystem, reportedAt).chain(match -> match.isEmpty()
                    ? Uni.createFrom().item(Optional.<UUID>empty())
                    : record(match.get(), fromMailSystem, reportedAt).chain(() -> list(match.get().caseId(),
                            mailboxRef, reportKey, receivedAt)).replaceWith(Optional.of(match.get().caseId())))));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("delivery report not recorded", e);
        }
    }

    private Uni<Optional<Match>> match(DeliveryReport report, boolean fromMailSystem, Instant reportedAt) {
        Optional<RecipientReport> mostSevere = report.mostSevere();
        if (mostSevere.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return byMessageId(report.originalMessageIds(), mostSevere.get())
                .chain(found -> found.isPresent() || !fromMailSystem ? Uni.createFrom().item(found)
                        : byRecipientAndTime(mostSevere.get(), reportedAt));
    }

    private Uni<Optional<Match>> byMessageId(List<String> messageIds, RecipientReport recipient) {
        if (messageIds.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        String messageId = messageIds.get(0);
        return sentNotices.find(messageId).chain(found -> found.isPresent()
                ? Uni.createFrom().item(Optional.of(new Match(found.get().caseId(), found.get().kind(),
                        messageId.strip(), recipient, How.BY_MESSAGE_ID)))
                : byMessageId(messageIds.subList(1, messageIds.size()), recipient));
    }

    /** The latest notice to an open case of this requester within the window before the report. */
    private Uni<Optional<Match>> byRecipientAndTime(RecipientReport recipient, Instant reportedAt) {
        if (recipient.finalRecipient() == null || recipient.action().compareTo(Action.DELAYED) > 0) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select s.message_key, s.case_id, s.kind from sent_notice s join dsr_case c on c.id = s.case_id"
                                + " where c.requester_email_digest = ?1 and c.status in (" + OPEN_STATUSES + ")"
                                + " and s.sent_at >= ?2 and s.sent_at <= ?3 order by s.sent_at desc limit 1",
                        Object[].class)
                .setParameter(1, digest.of(recipient.finalRecipient()))
                .setParameter(2, reportedAt.minus(config.deliveryReportMatchWindow()))
                .setParameter(3, reportedAt.plus(CLOCK_TOLERANCE))
                .getResultList())
                .map(rows -> rows.stream().findFirst().map(row -> new Match((UUID) row[1],
                        NoticeKind.valueOf((String) row[2]), (String) row[0], recipient,
                        How.BY_RECIPIENT_AND_TIME)));
    }

    /** The report's effects, once per notice and action. */
    private Uni<Void> record(Match match, boolean fromMailSystem, Instant reportedAt) {
        RecipientReport recipient = match.recipient();
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into delivery_report (case_id, notice_message_key, notice_kind, action, status,"
                                + " reported_at, recorded_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                + " on conflict (notice_message_key, action) do nothing")
                .setParameter(1, match.caseId())
                .setParameter(2, MessageIdKey.of(match.messageId()))
                .setParameter(3, match.kind().name())
                .setParameter(4, recipient.action().name())
                .setParameter(5, recipient.status())
                .setParameter(6, reportedAt)
                .setParameter(7, clock.instant())
                .executeUpdate())
                .chain(inserted -> {
                    if (inserted == 0) {
                        LOG.infof("delivery report for case %s already recorded", match.caseId());
                        return Uni.createFrom().voidItem();
                    }
                    boolean unreachable = recipient.permanent() && FIRST_MAILS.contains(match.kind());
                    return bounced(match, reportedAt)
                            .chain(eventId -> workflow.report(match.caseId().toString(), new CaseWorkflow.Step(
                                    CaseTrigger.DELIVERY_REPORTED, "DELIVERY_REPORT",
                                    detail(match, fromMailSystem, unreachable),
                                    facts(match, fromMailSystem, unreachable), TimelineEntry.SYSTEM, reportedAt,
                                    eventId)))
                            .chain(() -> unreachable ? markUnreachable(match.caseId(), reportedAt)
                                    : Uni.createFrom().voidItem())
                            .invoke(() -> LOG.infof("delivery report (%s %s) for notice %s of case %s recorded",
                                    recipient.action(), recipient.status(), match.kind(), match.caseId()));
                });
    }

    /** A failure goes to the notifier, which owns the delivery; its id is the timeline entry's event. */
    private Uni<UUID> bounced(Match match, Instant reportedAt) {
        RecipientReport recipient = match.recipient();
        if (recipient.action() != Action.FAILED) {
            return Uni.createFrom().nullItem();
        }
        return outbox.append(new CaseEvents.NoticeBounced(match.caseId().toString(), match.kind(), match.messageId(),
                        recipient.status(), reportedAt, recipient.diagnosticCode() == null ? null
                                : new CaseEvents.BounceDiagnostic(recipient.diagnosticCode())))
                .map(EventEnvelope::id);
    }

    private static Uni<Void> markUnreachable(UUID caseId, Instant at) {
        return CaseWorkflow.locked(caseId).invoke(dsrCase -> {
            if (dsrCase != null) {
                dsrCase.markUnreachableByMail(at);
            }
        }).replaceWithVoid();
    }

    /**
     * No personal data: the notice, how the report was matched and whether a mail system sent it (never its sender's
     * address), the action and the status code (not the diagnostic text).
     */
    /** The same facts by name, for the dashboard's words: codes and the DSN status, never the diagnostic text. */
    private static Map<String, String> facts(Match match, boolean fromMailSystem, boolean unreachable) {
        String also = (fromMailSystem ? "" : "notFromMailSystem") + (unreachable ? (fromMailSystem ? "" : ",")
                + "unreachable" : "");
        return Map.of("noticeKind", match.kind().name(), "messageId", String.valueOf(match.messageId()),
                "matchedBy", match.how().name(), "deliveryAction", match.recipient().action().name(),
                "dsnStatus", String.valueOf(match.recipient().status()), "also", also);
    }

    private static String detail(Match match, boolean fromMailSystem, boolean unreachable) {
        return "Delivery report for notice " + match.kind() + " (Message-ID " + match.messageId() + "), "
                + match.how().text + ", " + (fromMailSystem ? "from a mail system" : "not from a mail system") + ": "
                + match.recipient().action().name().toLowerCase() + ", status " + match.recipient().status()
                + (unreachable ? "; the requester cannot be reached by mail" : "");
    }

    /** Listed as handled with its case, once per mail in the inbox, so that every mail ends somewhere countable. */
    private Uni<Void> list(UUID caseId, String mailboxRef, String reportKey, Instant receivedAt) {
        MailIntakeFailure listing = new MailIntakeFailure();
        listing.kind = MailIntakeFailure.Kind.AUTOMATIC_MAIL;
        listing.reason = AutomaticMail.Reason.DELIVERY_REPORT.name();
        listing.mailboxRef = mailboxRef;
        listing.messageId = reportKey;
        listing.folder = config.automaticFolder();
        listing.recordedAt = clock.instant();
        listing.receivedAt = receivedAt;
        listing.handledAt = listing.recordedAt;
        listing.handledBy = HANDLED_BY_SYSTEM;
        listing.caseId = caseId;
        return MailIntakeFailure.count("mailboxRef", mailboxRef).chain(listed -> listed > 0
                ? Uni.createFrom().voidItem() : listing.persist().replaceWithVoid());
    }

    private static Instant receivedAtOf(Message mail) {
        try {
            return mail.getReceivedDate() == null ? null : mail.getReceivedDate().toInstant();
        } catch (MessagingException e) {
            return null;
        }
    }
}

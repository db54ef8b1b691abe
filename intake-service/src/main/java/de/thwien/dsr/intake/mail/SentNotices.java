package de.thwien.dsr.intake.mail;

import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The Message-IDs of the notices the notifier sent to requesters, by case: a reply whose {@code In-Reply-To} or
 * {@code References} names one, or a bounce that returns its headers, belongs to that case.
 */
@ApplicationScoped
public class SentNotices {

    /** Notices that go to the assistant or to people who made no request: nobody answers them into a case. */
    static final Set<NoticeKind> NOT_TO_A_REQUESTER = EnumSet.of(NoticeKind.ASSISTANT_DIGEST,
            NoticeKind.ASSISTANT_ALERT, NoticeKind.FIRST_CONTACT);

    /** A notice we sent: its case and kind. */
    public record SentNotice(UUID caseId, NoticeKind kind) {
    }

    /** Keeps the notice's Message-ID; once, however often the event comes. Joins the caller's transaction. */
    public Uni<Void> remember(NoticeEvents.NoticeSent sent) {
        Optional<UUID> caseId = caseIdOf(sent.caseId());
        if (caseId.isEmpty() || sent.messageId() == null || NOT_TO_A_REQUESTER.contains(sent.kind())) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into sent_notice (message_key, case_id, kind, sent_at) values (?1, ?2, ?3, ?4)"
                                + " on conflict (message_key) do nothing")
                .setParameter(1, MessageIdKey.of(sent.messageId().strip()))
                .setParameter(2, caseId.get())
                .setParameter(3, sent.kind().name())
                .setParameter(4, sent.sentAt())
                .executeUpdate()).replaceWithVoid();
    }

    /** The notice a Message-ID (as the mail names it, with its angle brackets) belongs to, if we sent it. */
    public Uni<Optional<SentNotice>> find(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select case_id, kind from sent_notice where message_key = ?1", Object[].class)
                .setParameter(1, MessageIdKey.of(messageId.strip()))
                .getResultList())
                .map(rows -> rows.stream().findFirst()
                        .map(row -> new SentNotice((UUID) row[0], NoticeKind.valueOf((String) row[1]))));
    }

    private static Optional<UUID> caseIdOf(String caseId) {
        try {
            return Optional.of(UUID.fromString(caseId));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}

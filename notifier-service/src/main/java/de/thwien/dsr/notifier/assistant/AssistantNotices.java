package de.thwien.dsr.notifier.assistant;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.notifier.delivery.NoticeBook;
import de.thwien.dsr.notifier.delivery.NoticeDelivery;
import de.thwien.dsr.notifier.delivery.NoticeFailedForGood;
import de.thwien.dsr.notifier.delivery.NotifierConfig;
import de.thwien.dsr.notifier.notices.NoticeRenderer;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The assistant's mails: the daily digest of due and overdue cases (and of open dead letters), and the alert when a
 * notice failed for good or a case's stores could not be searched.
 */
@ApplicationScoped
public class AssistantNotices {

    private final NoticeRenderer renderer;
    private final NoticeBook book;
    private final NotifierConfig config;
    private final Clock clock;

    public AssistantNotices(NoticeRenderer renderer, NoticeBook book, NotifierConfig config, Clock clock) {
        this.renderer = renderer;
        this.book = book;
        this.config = config;
        this.clock = clock;
    }

    /** Records the digest; the digest id stands in for the case id, so one digest is one delivery. */
    public Uni<Void> digest(CaseEvents.DeadlineDigestDue digest, EventEnvelope trigger) {
        NoticeLanguage language = language();
        DigestNotice data = new DigestNotice(language.date(digest.date()),
                lines(digest.dueSoon(), language, false), lines(digest.overdue(), language, true),
                digest.openDeadLetters() == null ? null : digest.openDeadLetters().stream()
                        .map(count -> new DeadLetterLine(count.topic(), count.open())).toList(),
                digest.attention() == null ? null : digest.attention().stream()
                        .map(entry -> new AttentionLine(CaseReference.of(entry.caseId()), entry.caseId(),
                                entry.requestType() == null ? "" : language.requestType(entry.requestType()),
                                entry.reason(), entry.since() == null ? "" : language.dateTime(entry.since())))
                        .toList(),
                digest.openTriageItems());
        return record(digest.digestId(), NoticeKind.ASSISTANT_DIGEST, trigger.id(), language, data);
    }

    /**
     * Records the alert about a notice that failed for good, in the transaction that marks it failed.
     * The failed delivery's id is the trigger, so each failure is reported once.
     */
    void onNoticeFailed(@Observes NoticeFailedForGood failure) {
        failure.thenRecord(() -> alert(failure.delivery()));
    }

    /**
     * Records the alert that a case's locate retries gave up on stores, so that she searches them by hand; the
     * event is the trigger, so a redelivered event alerts once.
     */
    public Uni<Void> storesNotSearched(DiscoveryEvents.StoresNotSearched notSearched, EventEnvelope trigger) {
        NoticeLanguage language = language();
        AlertNotice data = AlertNotice.storesNotSearched(CaseReference.of(notSearched.caseId()),
                notSearched.caseId(), language.requestType(notSearched.requestType()), notSearched.attempts(),
                notSearched.storesNotSearched().stream().map(language::store).toList(),
                notSearched.requestType() == RequestType.ACCESS, language.dateTime(trigger.time()));
        return record(notSearched.caseId(), NoticeKind.ASSISTANT_ALERT, trigger.id(), language, data);
    }

    private Uni<Void> alert(NoticeDelivery failed) {
        NoticeLanguage language = language();
        AlertNotice data = new AlertNotice(CaseReference.of(failed.caseId), failed.caseId,
                failed.kind.name(), failed.attempts, failed.lastError, language.dateTime(clock.instant()));
        return record(failed.caseId, NoticeKind.ASSISTANT_ALERT, failed.id, language, data);
    }

    private Uni<Void> record(String caseId, NoticeKind kind, UUID trigger, NoticeLanguage language, Object data) {
        return book.record(new NoticeBook.Intent(caseId, kind, trigger, new Person(config.assistantEmail(), null),
                language.code(), renderer.render(kind, language, data), null)).replaceWithVoid();
    }

    private NoticeLanguage language() {
        return NoticeLanguage.of(config.assistantLanguage());
    }

    private static List<DigestLine> lines(List<CaseEvents.DigestEntry> entries,
            NoticeLanguage language, boolean overdue) {
        return (entries == null ? List.<CaseEvents.DigestEntry>of() : entries).stream()
                .map(entry -> new DigestLine(CaseReference.of(entry.caseId()), entry.caseId(),
                        language.requestType(entry.requestType()), entry.status(), language.date(entry.dueOn()),
                        overdue ? Math.abs(entry.daysLeft()) : entry.daysLeft()))
                .toList();
    }
}

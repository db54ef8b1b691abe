package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.notifier.cases.CaseContacts;
import de.thwien.dsr.notifier.delivery.NoticeBook;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;

/**
 * Records a notice to the requester of a case: the event's own recipient and language where it
 * names them, otherwise the case's; threaded to the request mail when the case came by email. A case without an
 * address gets its notices prepared for printing ({@link NoticeBook}).
 */
@ApplicationScoped
public class CaseNotices {

    private final CaseContacts contacts;
    private final NoticeRenderer renderer;
    private final NoticeBook book;

    public CaseNotices(CaseContacts contacts, NoticeRenderer renderer, NoticeBook book) {
        this.contacts = contacts;
        this.renderer = renderer;
        this.book = book;
    }

    /**
     * @param recipient    from the event's personal block; null to use the case's requester
     * @param languageCode from the event; null to use the case's language
     * @param data         the template data, built for the resolved language
     */
    public Uni<Void> record(String caseId, NoticeKind kind, EventEnvelope trigger, Person recipient,
            String languageCode, Function<NoticeLanguage, Object> data) {
        return contacts.find(caseId).chain(contact -> {
            NoticeLanguage language = NoticeLanguage.of(languageCode != null ? languageCode
                    : contact != null ? contact.language() : null);
            Person to = recipient != null && recipient.email() != null ? recipient : personOf(contact, caseId);
            return book.record(new NoticeBook.Intent(caseId, kind, trigger.id(), to, language.code(),
                    renderer.render(kind, language, data.apply(language)),
                    contact == null ? null : contact.originalMessageId()));
        }).replaceWithVoid();
    }

    /** The case's requester; without an address (a letter, a call) the notice is prepared for printing. */
    private static Person personOf(CaseContacts.Contact contact, String caseId) {
        if (contact != null && contact.byPost()) {
            return new Person(null, contact.name());
        }
        if (contact == null || contact.email() == null) {
            throw new IllegalStateException("no readable recipient for case " + caseId);
        }
        return new Person(contact.email(), contact.name());
    }
}

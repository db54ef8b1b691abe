package de.thwien.dsr.notifier.cases;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.notifier.delivery.MessageIds;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The notifier's projection of cases (case id to language, recipient and request Message-ID), kept
 * from {@code request.received} so that later notices of the case reach the same person in the
 * same language and thread to the request mail. Runs inside the consuming event's transaction.
 */
@ApplicationScoped
public class CaseContacts {

    public Uni<CaseContact> remember(CaseEvents.RequestReceived received) {
        return CaseContact.<CaseContact>findById(received.caseId()).chain(existing -> {
            if (existing != null) {
                // a case is opened once; a second request.received for it changes nothing
                return Uni.createFrom().item(existing);
            }
            CaseContact contact = new CaseContact();
            contact.caseId = received.caseId();
            contact.requestType = received.requestType().name();
            contact.language = received.language() == null ? "de" : received.language();
            contact.email = received.personal().email();
            contact.name = received.personal().name();
            contact.originalMessageId = MessageIds.safe(received.originalMessageId()).orElse(null);
            contact.receivedAt = received.receivedAt();
            return contact.<CaseContact>persist();
        });
    }

    /** The case's contact, or null when its {@code request.received} has not been seen. */
    public Uni<CaseContact> find(String caseId) {
        return CaseContact.findById(caseId);
    }
}

package de.thwien.dsr.erasure.withdrawal;

import de.thwien.dsr.erasure.stores.ConferenceUnpublishing;
import de.thwien.dsr.events.CaseEvents.RequestClassified;
import de.thwien.dsr.events.CaseEvents.RequestReceived;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Withdrawal takes effect on receipt (Art. 7(3)): when a consent withdrawal's case opens, before the requester has
 * confirmed her address, the conference recordings (processed on consent) of her Greenlight accounts are unpublished,
 * recorded per case and announced as {@code recordings.unpublished}, in the transaction of the inbox. Unpublishing
 * is reversible and erases nothing: if verification never comes they stay unpublished; erasure waits for the plan.
 */
@ApplicationScoped
public class ConsentWithdrawal {

    private static final Logger LOG = Logger.getLogger(ConsentWithdrawal.class);

    private final ConferenceUnpublishing conference;
    private final Outbox outbox;
    private final Clock clock;

    public ConsentWithdrawal(ConferenceUnpublishing conference, Outbox outbox, Clock clock) {
        this.conference = conference;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> onRequestReceived(RequestReceived received) {
        return received.requestType() == RequestType.CONSENT_WITHDRAWAL
                ? withdrawn(received.caseId(), received.personal()) : Uni.createFrom().voidItem();
    }

    /**
     * A request the software could not assign turned out to be a withdrawal (the assistant set its kind): it took
     * effect on receipt as well, so her recordings are unpublished now, as on the opening of a withdrawal's case.
     */
    public Uni<Void> onRequestClassified(RequestClassified classified) {
        return classified.requestType() == RequestType.CONSENT_WITHDRAWAL
                ? withdrawn(classified.caseId(), classified.personal()) : Uni.createFrom().voidItem();
    }

    private Uni<Void> withdrawn(String caseIdText, Person personal) {
        if (personal == null || personal.email() == null || personal.email().isBlank()) {
            // without an address (a letter, a call) nothing identifies her recordings before verification
            return Uni.createFrom().voidItem();
        }
        UUID caseId = UUID.fromString(caseIdText);
        return conference.unpublishRecordingsOf(personal.email()).chain(unpublished -> {
            if (unpublished.isEmpty()) {
                LOG.infof("case %s: consent withdrawal received, no conference store to stop", caseId);
                return Uni.createFrom().voidItem();
            }
            Instant at = clock.instant();
            String store = unpublished.get().store();
            List<String> recordIds = unpublished.get().recordIds();
            LOG.infof("case %s: consent withdrawal received, %d recording(s) unpublished in %s", caseId,
                    recordIds.size(), store);
            List<UnpublishedRecording> rows = recordIds.stream()
                    .map(recordId -> UnpublishedRecording.of(caseId, store, recordId, at)).toList();
            return (rows.isEmpty() ? Uni.createFrom().voidItem() : UnpublishedRecording.persist(rows))
                    .chain(() -> outbox.append(new ErasureEvents.RecordingsUnpublished(caseIdText, store,
                            recordIds, at)))
                    .chain(() -> Panache.getSession().chain(session -> session.flush()))
                    .replaceWithVoid();
        });
    }
}

package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.withdrawal.ConsentWithdrawal;
import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes case and discovery events in the erasure consumer group; a located subject of an
 * erasure or consent-withdrawal case gets its erasure plan, once per event; {@link LocatedSubjectListener}s (the
 * rectification plan) follow in the same transaction. A consent withdrawal takes effect
 * when its case opens ({@link ConsentWithdrawal}), before verification; a restriction request's ground (Art. 18(1))
 * is kept from its case's opening. A request the assistant classified later ({@code request.classified}) gets the same
 * at that moment.
 */
@ApplicationScoped
public class LocatedSubjectConsumer {

    private static final Logger LOG = Logger.getLogger(LocatedSubjectConsumer.class);

    private final EventInbox inbox;
    private final ErasurePlanning planning;
    private final ConsentWithdrawal withdrawal;
    private final RestrictionLifts lifts;
    private final Instance<LocatedSubjectListener> listeners;

    public LocatedSubjectConsumer(EventInbox inbox, ErasurePlanning planning, ConsentWithdrawal withdrawal,
            RestrictionLifts lifts, Instance<LocatedSubjectListener> listeners) {
        this.inbox = inbox;
        this.lifts = lifts;
        this.planning = planning;
        this.withdrawal = withdrawal;
        this.listeners = listeners;
    }

    @Incoming("cases")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, envelope -> {
            if (envelope.data() instanceof CaseEvents.RequestClassified classified) {
                return onClassified(classified, envelope.personalShredded());
            }
            if (!(envelope.data() instanceof CaseEvents.RequestReceived received)) {
                return Uni.createFrom().voidItem();
            }
            if (received.requestType() == RequestType.RESTRICTION && received.restrictionGround() != null) {
                // the ground is no personal data: kept even when the personal block is shredded
                return lifts.groundGiven(UUID.fromString(received.caseId()), received.restrictionGround(),
                        received.receivedAt());
            }
            return envelope.personalShredded() ? Uni.createFrom().voidItem() : withdrawal.onRequestReceived(received);
        });
    }

    /**
     * The assistant set the kind of a request the software could not assign: what its opening would have done for
     * that kind happens now (a restriction's ground is kept, a withdrawal unpublishes her recordings at once).
     */
    private Uni<Void> onClassified(CaseEvents.RequestClassified classified, boolean personalShredded) {
        if (classified.requestType() == RequestType.RESTRICTION && classified.restrictionGround() != null) {
            return lifts.groundGiven(UUID.fromString(classified.caseId()), classified.restrictionGround(),
                    classified.classifiedAt());
        }
        return personalShredded ? Uni.createFrom().voidItem() : withdrawal.onRequestClassified(classified);
    }

    @Incoming("discovery")
    public Uni<Void> onDiscoveryEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::onEvent);
    }

    private Uni<Void> onEvent(EventEnvelope envelope) {
        if (envelope.data() instanceof DiscoveryEvents.SubjectLocated located && envelope.personalShredded()) {
            // the findings travel in the shredded block: without them there is nothing left to plan
            LOG.infof("case %s: subject.located with shredded personal data, no plan", located.caseId());
            return Uni.createFrom().voidItem();
        }
        if (envelope.data() instanceof DiscoveryEvents.SubjectLocated located) {
            Uni<Void> planned = planning.onSubjectLocated(located);
            for (LocatedSubjectListener listener : listeners) {
                planned = planned.chain(() -> listener.onSubjectLocated(located));
            }
            return planned;
        }
        return Uni.createFrom().voidItem();
    }
}

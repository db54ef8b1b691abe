package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Listens to case and discovery events in the erasure consumer group. Planning erasure from
 * {@code subject.located} is the next feature (issue "erasure and retention"); until it lands,
 * located subjects are acknowledged and logged by case id so that nothing is skipped silently.
 */
@ApplicationScoped
public class LocatedSubjectListener {

    private static final Logger LOG = Logger.getLogger(LocatedSubjectListener.class);

    private final EventInbox inbox;

    public LocatedSubjectListener(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("cases")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, envelope -> Uni.createFrom().voidItem());
    }

    @Incoming("discovery")
    public Uni<Void> onDiscoveryEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::onEvent);
    }

    private Uni<Void> onEvent(EventEnvelope envelope) {
        if (envelope.data() instanceof DiscoveryEvents.SubjectLocated) {
            LOG.infof("subject of case %s located; erasure planning is not built yet", envelope.subject());
        }
        return Uni.createFrom().voidItem();
    }
}

package de.thwien.dsr.subjectindex.locate;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Listens to case events in the subject-index consumer group. Locating a verified subject
 * across the stores is the next feature (issue "store connectors and subject index"); until it
 * lands, verified cases are acknowledged and logged by case id so that nothing is skipped silently.
 */
@ApplicationScoped
public class VerifiedCaseListener {

    private static final Logger LOG = Logger.getLogger(VerifiedCaseListener.class);

    private final EventInbox inbox;

    public VerifiedCaseListener(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("cases")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::onEvent);
    }

    private Uni<Void> onEvent(EventEnvelope envelope) {
        if (envelope.data() instanceof CaseEvents.IdentityVerified) {
            LOG.infof("case %s verified; locating is not built yet", envelope.subject());
        }
        return Uni.createFrom().voidItem();
    }
}

package de.thwien.dsr.subjectindex.cases;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.platform.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * On {@code identity.verified}: locate the subject in the index, confirm every hit live in its store
 * and announce {@code subject.located} with all findings (stores that could not be asked are listed
 * as unavailable, and located again later by {@link LocateRetries}). For an ACCESS case the Art. 15
 * package is built and {@code access.package.ready} follows ({@link CaseLocating}).
 */
@ApplicationScoped
public class VerifiedCaseConsumer {

    private static final Logger LOG = Logger.getLogger(VerifiedCaseConsumer.class);

    private final EventInbox inbox;
    private final CaseLocating locating;

    public VerifiedCaseConsumer(EventInbox inbox, CaseLocating locating) {
        this.inbox = inbox;
        this.locating = locating;
    }

    @Incoming("cases")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::onEvent);
    }

    private Uni<Void> onEvent(EventEnvelope envelope) {
        if (!(envelope.data() instanceof CaseEvents.IdentityVerified verified)) {
            return Uni.createFrom().voidItem();
        }
        if (envelope.personalShredded()) {
            // the case's retention ended and its personal data was shredded: there is nobody left to look for
            LOG.infof("case %s: identity.verified with shredded personal data, not located", verified.caseId());
            return Uni.createFrom().voidItem();
        }
        return locating.locateAndAnnounce(verified).replaceWithVoid();
    }
}

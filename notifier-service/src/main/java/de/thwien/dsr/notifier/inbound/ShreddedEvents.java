package de.thwien.dsr.notifier.inbound;

import de.thwien.dsr.events.EventEnvelope;
import org.jboss.logging.Logger;

/**
 * Events whose personal block was crypto-shredded (the case record's retention ended) reach the notifier
 * only when a topic is read again long after the fact. No notice is sent from them: the person they would go
 * to may no longer be contacted, and sending from the notifier's own copy of the address would undo the
 * shredding. The event is consumed (no retry, no dead letter) and the skip logged with the case id.
 */
final class ShreddedEvents {

    private static final Logger LOG = Logger.getLogger(ShreddedEvents.class);

    private ShreddedEvents() {
    }

    static boolean noNoticeFor(EventEnvelope envelope) {
        if (envelope.personalShredded()) {
            LOG.infof("event %s (%s) for %s has shredded personal data: no notice", envelope.id(), envelope.type(),
                    envelope.subject());
            return true;
        }
        return false;
    }
}

package de.thwien.dsr.subjectindex.cases;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.EventTypes;
import de.thwien.dsr.platform.codec.CloudEventHeaders;
import de.thwien.dsr.platform.codec.EventDecodingException;
import de.thwien.dsr.platform.inbox.EventInbox;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.subjectindex.index.CatchUpCrawls;
import de.thwien.dsr.subjectindex.index.CaughtUp;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * On {@code identity.verified}: locate the subject in the index, confirm every hit live in its store
 * and announce {@code subject.located} with all findings (stores that could not be asked are listed
 * as unavailable, and located again later by {@link LocateRetries}). For an ACCESS case the Art. 15
 * package is built and {@code access.package.ready} follows ({@link CaseLocating}).
 *
 * <p>First the index is caught up to the verification ({@link CatchUpCrawls}: the event's time), so that mail that
 * arrived since the last scheduled crawl is found; that happens before the inbox's transaction, which would
 * otherwise stay open for the length of the crawls.
 */
@ApplicationScoped
public class VerifiedCaseConsumer {

    private static final Logger LOG = Logger.getLogger(VerifiedCaseConsumer.class);

    private final EventInbox inbox;
    private final CaseLocating locating;
    private final CatchUpCrawls catchUp;
    private final Vertx vertx;

    public VerifiedCaseConsumer(EventInbox inbox, CaseLocating locating, CatchUpCrawls catchUp, Vertx vertx) {
        this.inbox = inbox;
        this.locating = locating;
        this.catchUp = catchUp;
        this.vertx = vertx;
    }

    @Incoming("cases")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return caughtUpBefore(record).chain(caughtUp -> inbox.applyOnce(record, envelope -> onEvent(envelope, caughtUp)));
    }

    /**
     * For {@code identity.verified}, the index caught up to the event's time (read from its headers: the personal
     * block is opened only inside the transaction); null for any other event.
     */
    private Uni<CaughtUp> caughtUpBefore(ConsumerRecord<String, String> record) {
        CloudEventHeaders.Attributes attributes;
        try {
            attributes = CloudEventHeaders.read(SealedEvents.headersOf(record));
        } catch (EventDecodingException e) {
            return Uni.createFrom().nullItem(); // the inbox sends it to the dead-letter topic
        }
        if (!EventTypes.IDENTITY_VERIFIED.equals(attributes.type()) || inbox.isForAnotherConsumer(record)) {
            return Uni.createFrom().nullItem();
        }
        return vertx.executeBlocking(Uni.createFrom().item(() -> catchUp.since(attributes.time())), false);
    }

    private Uni<Void> onEvent(EventEnvelope envelope, CaughtUp caughtUp) {
        if (!(envelope.data() instanceof CaseEvents.IdentityVerified verified)) {
            return Uni.createFrom().voidItem();
        }
        if (envelope.personalShredded()) {
            // the case's retention ended and its personal data was shredded: there is nobody left to look for
            LOG.infof("case %s: identity.verified with shredded personal data, not located", verified.caseId());
            return Uni.createFrom().voidItem();
        }
        return locating.locateAndAnnounce(verified, caughtUp).replaceWithVoid();
    }
}

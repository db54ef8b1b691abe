package de.thwien.dsr.subjectindex.locate;

import de.thwien.dsr.connectors.identity.Identifiers;
import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.inbox.EventInbox;
import de.thwien.dsr.events.outbox.Outbox;
import de.thwien.dsr.subjectindex.access.AccessPackages;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * On {@code identity.verified}: locate the subject in the index, confirm every hit live in its store
 * and announce {@code subject.located} with all findings (stores that could not be asked are listed
 * as unavailable). For an ACCESS case the Art. 15 package is built and {@code access.package.ready}
 * follows.
 */
@ApplicationScoped
public class VerifiedCaseListener {

    private static final Logger LOG = Logger.getLogger(VerifiedCaseListener.class);

    private final EventInbox inbox;
    private final Outbox outbox;
    private final SubjectLocator locator;
    private final AccessPackages accessPackages;
    private final Vertx vertx;

    public VerifiedCaseListener(EventInbox inbox, Outbox outbox, SubjectLocator locator,
            AccessPackages accessPackages, Vertx vertx) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.locator = locator;
        this.accessPackages = accessPackages;
        this.vertx = vertx;
    }

    @Incoming("cases")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::onEvent);
    }

    private Uni<Void> onEvent(EventEnvelope envelope) {
        if (!(envelope.data() instanceof CaseEvents.IdentityVerified verified)) {
            return Uni.createFrom().voidItem();
        }
        // the stores are blocking; executeBlocking comes back on this context, inside the inbox transaction
        return vertx.executeBlocking(Uni.createFrom().item(() -> locator.locate(
                        Identifiers.of(verified.personal().email(), null, verified.personal().name()))))
                .chain(result -> {
                    LOG.infof("case %s located: %d findings, stores unavailable: %s", verified.caseId(),
                            result.findings().size(), result.storesUnavailable());
                    DiscoveryEvents.SubjectLocated located = new DiscoveryEvents.SubjectLocated(verified.caseId(),
                            verified.requestType(), verified.language(), result.storesSearched(),
                            result.storesUnavailable(),
                            new DiscoveryEvents.Located(verified.personal(), result.findings()));
                    Uni<Void> announced = outbox.append(located).replaceWithVoid();
                    return verified.requestType() == RequestType.ACCESS
                            ? announced.chain(() -> accessPackages.prepare(verified, result))
                            : announced;
                });
    }
}

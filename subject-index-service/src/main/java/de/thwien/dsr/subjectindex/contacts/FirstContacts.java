package de.thwien.dsr.subjectindex.contacts;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Announces {@code contact.first-seen} once per address: the address is recorded in
 * {@code known_contact} and the event appended to the outbox in one transaction; an address
 * already recorded is skipped. The event carries the language the sender wrote in and whether a machine sent the
 * mail (the notifier sends no notice then).
 */
@ApplicationScoped
public class FirstContacts {

    private static final Logger LOG = Logger.getLogger(FirstContacts.class);
    /** A sender whose language the crawl could not tell is written to in German (the operator's). */
    static final String DEFAULT_LANGUAGE = "de";

    private final Outbox outbox;
    private final Clock clock;

    public FirstContacts(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Called from crawl (worker) threads; blocks until the transaction committed. */
    public void announce(List<NewSender> senders) {
        try {
            int announced = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> announceAll(senders)));
            LOG.infof("%d first contact(s) announced", announced);
        } catch (Throwable e) {
            throw new IllegalStateException("first contacts could not be recorded", e);
        }
    }

    private Uni<Integer> announceAll(List<NewSender> senders) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (NewSender sender : senders) {
            chain = chain.chain(count -> announceOne(sender).map(announced -> announced ? count + 1 : count));
        }
        return chain;
    }

    private Uni<Boolean> announceOne(NewSender sender) {
        String emailKey = sender.emailKey();
        Instant now = clock.instant();
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("insert into known_contact (email_key, first_seen_at) values (:key, :at)"
                                + " on conflict do nothing")
                        .setParameter("key", emailKey)
                        .setParameter("at", now.atOffset(ZoneOffset.UTC))
                        .executeUpdate())
                .chain(inserted -> inserted == 0 ? Uni.createFrom().item(false)
                        : outbox.append(new DiscoveryEvents.ContactFirstSeen(UUID.randomUUID().toString(),
                                sender.language() == null ? DEFAULT_LANGUAGE : sender.language(), now,
                                new Person(emailKey, null), sender.automatic())).replaceWith(true));
    }
}

package de.thwien.dsr.notifier.firstcontact;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.notifier.delivery.NoticeBook;
import de.thwien.dsr.notifier.delivery.NotifierConfig;
import de.thwien.dsr.notifier.notices.FirstContactNotice;
import de.thwien.dsr.notifier.notices.NoticeRenderer;
import de.thwien.dsr.notifier.wording.DisplayNames;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * The Art. 13 notice at first contact: once per address (whatever contact id the crawl gives it),
 * never to a suppressed address nor to a machine ({@link AutomaticSenders}). Runs in the transaction of the {@code contact.first-seen} event.
 */
@ApplicationScoped
public class FirstContactNotices {

    private static final Logger LOG = Logger.getLogger(FirstContactNotices.class);

    private final NoticeRenderer renderer;
    private final NoticeBook book;
    private final SuppressionList suppressed;
    private final Clock clock;

    public FirstContactNotices(NoticeRenderer renderer, NoticeBook book, NotifierConfig config, Clock clock) {
        this.renderer = renderer;
        this.book = book;
        this.suppressed = new SuppressionList(config.firstContact().suppressed());
        this.clock = clock;
    }

    public Uni<Void> noticeOnce(DiscoveryEvents.ContactFirstSeen seen, EventEnvelope trigger) {
        String address = seen.personal() == null ? null : seen.personal().email();
        // automatic: the crawl saw list or auto-reply headers; AutomaticSenders decides from the address alone
        if (address == null || suppressed.contains(address) || Boolean.TRUE.equals(seen.automatic())
                || AutomaticSenders.isAutomatic(address)) {
            LOG.infof("no first-contact notice for contact %s: suppressed", seen.contactId());
            return Uni.createFrom().voidItem();
        }
        return firstTimeFor(address, seen.contactId()).chain(firstTime -> {
            if (!firstTime) {
                LOG.debugf("contact %s was already given the Art. 13 notice", seen.contactId());
                return Uni.createFrom().voidItem();
            }
            NoticeLanguage language = NoticeLanguage.of(seen.language());
            return book.record(new NoticeBook.Intent(seen.contactId(), NoticeKind.FIRST_CONTACT, trigger.id(),
                    seen.personal(), language.code(), renderer.render(NoticeKind.FIRST_CONTACT, language,
                            new FirstContactNotice(DisplayNames.of(seen.personal().name()))),
                    null)).replaceWithVoid();
        });
    }

    /** Claims the address; false when it was claimed before (by this or any earlier contact id). */
    private Uni<Boolean> firstTimeFor(String address, String contactId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into first_contact_notice (address_sha256, contact_id, noticed_at)"
                                + " values (:hash, :contact, :now) on conflict do nothing")
                .setParameter("hash", AddressHash.of(address))
                .setParameter("contact", contactId)
                .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}

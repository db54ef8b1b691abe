package de.thwien.dsr.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The log of events a consumer has already applied, written in the effect's transaction. */
@ApplicationScoped
public class ProcessedEvents {

    /**
     * Records that {@code consumer} applies {@code eventId} now; false if it already did.
     * Two instances racing on the same event serialise on the primary key: the second sees false.
     */
    public Uni<Boolean> recordFirstTime(String consumer, UUID eventId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into processed_event (consumer, event_id, processed_at)"
                        + " values (:consumer, :eventId, now()) on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}

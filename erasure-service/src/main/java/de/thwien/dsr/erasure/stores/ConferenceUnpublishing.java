package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.conference.ConferenceWriter;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.stores.ConnectedStores;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Unpublishes the conference recordings of a person's Greenlight accounts through the conference connector's writer
 * (BBB's {@code publishRecordings publish=false}), off the event loop: what a consent withdrawal stops on receipt.
 */
@ApplicationScoped
public class ConferenceUnpublishing {

    /** What was unpublished in which store; {@code recordIds} empty when nothing was published. */
    public record Unpublished(String store, List<String> recordIds) {
    }

    private final ConnectedStores stores;
    private final Vertx vertx;

    public ConferenceUnpublishing(ConnectedStores stores, Vertx vertx) {
        this.stores = stores;
        this.vertx = vertx;
    }

    /**
     * The recordings newly unpublished; empty without a configured conference store (nothing to stop). Fails with
     * {@link StoreFailure} when the store cannot be reached, so the event is tried again.
     */
    public Uni<Optional<Unpublished>> unpublishRecordingsOf(String email) {
        return vertx.executeBlocking(Uni.createFrom().emitter(result -> {
            try {
                Optional<ConferenceWriter> writer = stores.conferenceWriter();
                result.complete(writer.isEmpty() ? Optional.empty() : Optional.of(new Unpublished(
                        writer.get().store(), writer.get().unpublishRecordingsOfAddress(email))));
            } catch (StoreUnavailableException e) {
                result.fail(new StoreFailure(e.getMessage(), e));
            }
        }));
    }
}

package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.connectors.stores.StoreCapability;
import de.thwien.dsr.connectors.conference.BbbApiException;
import de.thwien.dsr.connectors.conference.ConferenceWriter;
import de.thwien.dsr.connectors.conference.GreenlightTenants;
import de.thwien.dsr.connectors.spi.ErasureBlockedException;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.stores.ConnectedStores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Routine retention's view of the conference store: recordings are listed through the BigBlueButton
 * API of every Greenlight tenant the store serves and deleted by the conference connector's writer (on the
 * tenant's BBB, then Greenlight's rows, both re-read).
 * Without a configured conference store every call fails visibly, so a run never reports "nothing to
 * delete" for a store it could not see.
 */
@ApplicationScoped
public class BbbConferenceRecordings implements ConferenceRecordings {

    /** Opens the conference writer; empty without a configured conference store. */
    @FunctionalInterface
    interface WriterOpener {
        Optional<ConferenceWriter> open() throws StoreUnavailableException;
    }

    private final String store;
    private final Optional<GreenlightTenants> tenants;
    private final WriterOpener writer;

    @Inject
    public BbbConferenceRecordings(ConnectedStores stores) {
        this(stores.capableOf(StoreCapability.ROUTINE_RETENTION).stream().map(ConnectedStore::name).findFirst()
                .orElse(null), stores.conferenceTenants(), stores::conferenceWriter);
    }

    BbbConferenceRecordings(String store, Optional<GreenlightTenants> tenants, WriterOpener writer) {
        this.store = store;
        this.tenants = tenants;
        this.writer = writer;
    }

    @Override
    public String store() {
        return store;
    }

    @Override
    public List<StoredRecording> list() throws StoreFailure {
        try {
            return tenants.orElseThrow(BbbConferenceRecordings::notConfigured).getAllRecordings().stream()
                    .filter(recording -> recording.startTime() != null)
                    .map(recording -> new StoredRecording(recording.recordId(), recording.startTime()))
                    .toList();
        } catch (BbbApiException e) {
            throw new StoreFailure("conference unavailable: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> greenlightRows(String recordId) throws StoreFailure {
        try {
            return writer().recordingRows(recordId);
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        }
    }

    @Override
    public Deletion delete(String recordId) throws StoreFailure {
        try {
            ConferenceWriter conference = writer();
            List<String> rows = conference.deleteRecording(recordId);
            return new Deletion(rows, conference.leftByDeletedRecording(recordId).operatorTasks());
        } catch (StoreUnavailableException e) {
            throw new StoreFailure(e.getMessage(), e);
        } catch (ErasureBlockedException e) {
            throw new StoreFailure("conference: erasure blocked: " + e.getMessage(), e);
        }
    }

    private ConferenceWriter writer() throws StoreUnavailableException, StoreFailure {
        return writer.open().orElseThrow(BbbConferenceRecordings::notConfigured);
    }

    private static StoreFailure notConfigured() {
        return new StoreFailure("conference unavailable: no BBB API is configured");
    }
}

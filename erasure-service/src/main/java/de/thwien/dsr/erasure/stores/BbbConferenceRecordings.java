package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.conference.BbbApiException;
import de.thwien.dsr.connectors.conference.BbbClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Routine retention's view of the conference server, through the BigBlueButton API: recordings are
 * listed and deleted there (Greenlight re-imports rows from BBB, so deleting through the API is what
 * erases them; Greenlight's rows follow). Without a configured conference store every call fails
 * visibly, so a run never reports "nothing to delete" for a store it could not see.
 */
@ApplicationScoped
public class BbbConferenceRecordings implements ConferenceRecordings {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Optional<BbbClient> client;

    @Inject
    public BbbConferenceRecordings(WriteStoresConfig config) {
        this(config.conference().map(conference -> new BbbClient(conference.bbb().url(),
                conference.bbb().secret(), conference.bbb().checksum(), conference.bbb().timeout())));
    }

    BbbConferenceRecordings(Optional<BbbClient> client) {
        this.client = client;
    }

    @Override
    public List<StoredRecording> list() throws StoreFailure {
        try {
            return client().getAllRecordings().stream()
                    .filter(recording -> recording.startTime() != null)
                    .map(recording -> new StoredRecording(recording.recordId(),
                            recording.startTime().atZone(BERLIN).toLocalDate()))
                    .toList();
        } catch (BbbApiException e) {
            throw new StoreFailure("conference unavailable: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String recordId) throws StoreFailure {
        try {
            if (!client().deleteRecordings(List.of(recordId))) {
                throw new StoreFailure("conference: BBB did not confirm deleting recording " + recordId);
            }
        } catch (BbbApiException e) {
            throw new StoreFailure("conference unavailable: " + e.getMessage(), e);
        }
    }

    private BbbClient client() throws StoreFailure {
        return client.orElseThrow(() -> new StoreFailure("conference unavailable: no BBB API is configured"));
    }
}

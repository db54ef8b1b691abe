package de.thwien.dsr.erasure.testing;

import de.thwien.dsr.erasure.stores.ConferenceRecordings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.events.ErasureEvents.OperatorTaskKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The BBB recordings at the edge of the tests, standing in for the conference connector. */
@Alternative
@Priority(1)
@ApplicationScoped
public class InMemoryConferenceRecordings implements ConferenceRecordings {

    private final Map<String, Instant> recordings = new ConcurrentHashMap<>();

    public void add(String recordId, Instant recordedAt) {
        recordings.put(recordId, recordedAt);
    }

    public boolean contains(String recordId) {
        return recordings.containsKey(recordId);
    }

    @Override
    public String store() {
        return "conference";
    }

    @Override
    public List<StoredRecording> list() {
        return recordings.entrySet().stream().map(e -> new StoredRecording(e.getKey(), e.getValue())).toList();
    }

    @Override
    public List<String> greenlightRows(String recordId) {
        return recordings.containsKey(recordId) ? List.of(greenlightRow(recordId)) : List.of();
    }

    @Override
    public Deletion delete(String recordId) {
        // BBB only marks a recording deleted: its raw media are left to the operator (the default setting)
        return recordings.remove(recordId) == null ? new Deletion(List.of(), List.of())
                : new Deletion(List.of(greenlightRow(recordId)), List.of(new OperatorTask(
                        OperatorTaskKind.PURGE_RECORDING_MEDIA, "conference", "bbb-record --delete " + recordId)));
    }

    /** Each recording stands for one Greenlight row named after it. */
    public static String greenlightRow(String recordId) {
        return "recordings/" + recordId;
    }
}

package de.thwien.dsr.erasure.stores;

import java.time.LocalDate;
import java.util.List;

/**
 * The conference server's recordings for routine retention: listed and deleted through the BBB
 * API (Greenlight's rows follow the deletion). Blocking; callers run it off the event loop.
 */
public interface ConferenceRecordings {

    /** One recording; {@code recordId} is BBB's id, no personal data. */
    record StoredRecording(String recordId, LocalDate recordedOn) {
    }

    List<StoredRecording> list() throws StoreFailure;

    void delete(String recordId) throws StoreFailure;
}

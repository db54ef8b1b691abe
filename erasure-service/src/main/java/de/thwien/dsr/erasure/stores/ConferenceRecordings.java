package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.spi.OperatorTask;
import java.time.Instant;
import java.util.List;

/**
 * The conference server's recordings for routine retention: listed and deleted through the BBB
 * API, and Greenlight's rows of a recording erased once BBB confirmed its deletion. Blocking;
 * callers run it off the event loop.
 */
public interface ConferenceRecordings {

    /** The conference store's reference of a recording (as its reader names it): it survives a restore. */
    static String referenceOf(String recordId) {
        return "recordings/" + recordId;
    }

    /** One recording; {@code recordId} is BBB's id, no personal data; {@code recordedAt} when it started. */
    record StoredRecording(String recordId, Instant recordedAt) {
    }

    /**
     * A recording deleted: the Greenlight references erased with it, and what the operator still has to do on the
     * BBB server (its raw media, unless the server purges deleted recordings itself).
     */
    record Deletion(List<String> greenlightRows, List<OperatorTask> operatorTasks) {

        public Deletion {
            greenlightRows = List.copyOf(greenlightRows);
            operatorTasks = List.copyOf(operatorTasks);
        }
    }

    /**
     * The name of the store whose recordings these are: the one whose type declares routine retention; null when
     * none is configured (then every call fails visibly).
     */
    String store();

    List<StoredRecording> list() throws StoreFailure;

    /** The Greenlight rows (references) of a recording: what deleting it takes with it. */
    List<String> greenlightRows(String recordId) throws StoreFailure;

    /**
     * Deletes the recording on BBB, then its Greenlight rows, and checks that both are gone.
     */
    Deletion delete(String recordId) throws StoreFailure;
}

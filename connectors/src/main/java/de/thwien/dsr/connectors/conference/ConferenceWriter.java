package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.connectors.spi.ErasureBlockedException;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.spi.StoreWriter;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlStoreReader;
import de.thwien.dsr.connectors.sql.SqlStoreWriter;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;

/**
 * Write side of the conference store. A recording is erased through the BBB API first
 * ({@code deleteRecordings}; Greenlight would re-import a row whose recording still exists), then
 * its Greenlight row; restricting a recording unpublishes it ({@code publishRecordings
 * publish=false}), lifting publishes it again. Everything else goes through the Greenlight mapping.
 */
public final class ConferenceWriter implements StoreWriter {

    private static final String RECORD_ID_COLUMN = "record_id";

    private final SqlStoreReader greenlightReader;
    private final SqlStoreWriter greenlight;
    private final BbbClient bbb;

    private ConferenceWriter(SqlStoreReader greenlightReader, SqlStoreWriter greenlight, BbbClient bbb) {
        this.greenlightReader = greenlightReader;
        this.greenlight = greenlight;
        this.bbb = bbb;
    }

    public static ConferenceWriter open(SqlMapping greenlightMapping, DataSource greenlightDatabase, BbbClient bbb)
            throws StoreUnavailableException {
        return new ConferenceWriter(SqlStoreReader.open(greenlightMapping, greenlightDatabase),
                SqlStoreWriter.open(greenlightMapping, greenlightDatabase), bbb);
    }

    @Override
    public String store() {
        return greenlight.store();
    }

    @Override
    public void erase(String reference) throws StoreUnavailableException, ErasureBlockedException {
        String recordId = recordId(reference);
        if (recordId != null) {
            try {
                bbb.deleteRecordings(List.of(recordId));
            } catch (BbbApiException e) {
                if (!"notFound".equals(e.messageKey())) { // already gone on BBB: erasing again is no error
                    throw new StoreUnavailableException(store(), "BigBlueButton API: " + e.messageKey(), e);
                }
            }
        }
        greenlight.erase(reference);
    }

    @Override
    public String restrict(String reference, LocalDate holdUntil) throws StoreUnavailableException {
        String recordId = recordId(reference);
        if (recordId == null) {
            return greenlight.restrict(reference, holdUntil);
        }
        publish(recordId, false);
        return reference;
    }

    @Override
    public String lift(String reference) throws StoreUnavailableException {
        String recordId = recordId(reference);
        if (recordId == null) {
            return greenlight.lift(reference);
        }
        publish(recordId, true);
        return reference;
    }

    /**
     * Routine retention: deletes the recording {@code recordId} through the BBB API and, once BBB has
     * confirmed it, erases the Greenlight rows that point at it. Greenlight would drop them by its
     * sync from BBB, which a deployment without it (the demo and test stores) does not have. Both
     * sides are read again: only a recording neither BBB nor Greenlight still has counts as deleted.
     * Returns the Greenlight references erased.
     *
     * @throws StoreUnavailableException when BBB fails or does not confirm, or either side still has it
     */
    public List<String> deleteRecording(String recordId) throws StoreUnavailableException, ErasureBlockedException {
        try {
            if (!bbb.deleteRecordings(List.of(recordId))) {
                throw new StoreUnavailableException(store(), "BigBlueButton API did not confirm deleting " + recordId);
            }
            List<String> rows = recordingRows(recordId);
            for (String row : rows) {
                greenlight.erase(row);
            }
            if (!bbb.getRecordingsById(List.of(recordId)).isEmpty()) {
                throw new StoreUnavailableException(store(), "recording " + recordId + " still on BigBlueButton");
            }
            if (!recordingRows(recordId).isEmpty()) {
                throw new StoreUnavailableException(store(), "Greenlight still has rows of recording " + recordId);
            }
            return rows;
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store(), "BigBlueButton API: " + e.messageKey(), e);
        }
    }

    /** The Greenlight rows of the BBB recording {@code recordId}. */
    public List<String> recordingRows(String recordId) throws StoreUnavailableException {
        return greenlightReader.referencesWhere(ConferenceReader.RECORDINGS_TABLE, RECORD_ID_COLUMN, recordId);
    }

    private void publish(String recordId, boolean published) throws StoreUnavailableException {
        try {
            bbb.publishRecordings(List.of(recordId), published);
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store(), "BigBlueButton API: " + e.messageKey(), e);
        }
    }

    /** The BBB record id of a recording row, or null for other rows (and rows already gone). */
    private String recordId(String reference) throws StoreUnavailableException {
        if (!reference.startsWith(ConferenceReader.RECORDINGS_TABLE + "/")) {
            return null;
        }
        Object recordId = greenlightReader.export(reference).fields().get(RECORD_ID_COLUMN);
        return recordId == null ? null : recordId.toString();
    }
}

package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.connectors.spi.ErasureBlockedException;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.spi.StoreWriter;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlStoreReader;
import de.thwien.dsr.connectors.sql.SqlStoreWriter;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Write side of the conference store. A recording (referenced by its BBB record id, which survives Greenlight's
 * RecordingsSync) is erased through the BBB API first ({@code deleteRecordings}; Greenlight would re-import a
 * row whose recording still exists), then its Greenlight rows; a room or a user likewise takes the recordings of
 * its rooms from BBB first, then {@link GreenlightRows} deletes everything in Greenlight's foreign-key order.
 * Restricting a recording unpublishes it ({@code publishRecordings publish=false}), lifting publishes it again;
 * restricting a user bans her ({@code status} 2) and lifting restores the status she had before
 * ({@link AccountReference}). Everything else goes through the Greenlight mapping.
 */
public final class ConferenceWriter implements StoreWriter {

    private static final String ROOMS_TABLE = "rooms";

    private final SqlStoreReader greenlightReader;
    private final SqlStoreWriter greenlight;
    private final GreenlightRows rows;
    private final BbbClient bbb;

    private ConferenceWriter(SqlStoreReader greenlightReader, SqlStoreWriter greenlight, GreenlightRows rows,
            BbbClient bbb) {
        this.greenlightReader = greenlightReader;
        this.greenlight = greenlight;
        this.rows = rows;
        this.bbb = bbb;
    }

    public static ConferenceWriter open(SqlMapping greenlightMapping, DataSource greenlightDatabase, BbbClient bbb)
            throws StoreUnavailableException {
        return new ConferenceWriter(SqlStoreReader.open(greenlightMapping, greenlightDatabase),
                SqlStoreWriter.open(greenlightMapping, greenlightDatabase),
                new GreenlightRows(greenlightDatabase, greenlightMapping.schema(), greenlightMapping.store()), bbb);
    }

    @Override
    public String store() {
        return greenlight.store();
    }

    @Override
    public void erase(String reference) throws StoreUnavailableException, ErasureBlockedException {
        if (AccountReference.isAccount(reference)) {
            UUID user = AccountReference.parse(reference).user();
            deleteOnBbb(rows.recordIdsOfUser(user));
            rows.deleteUser(user);
        } else if (reference.startsWith(ROOMS_TABLE + "/")) {
            UUID room = uuid(reference.substring(ROOMS_TABLE.length() + 1));
            deleteOnBbb(rows.recordIdsOfRoom(room));
            rows.deleteRoom(room);
        } else if (ConferenceReader.isRecording(reference)) {
            String recordId = ConferenceReader.recordId(reference);
            deleteOnBbb(List.of(recordId));
            rows.deleteRecording(recordId);
        } else {
            greenlight.erase(reference);
        }
    }

    @Override
    public String restrict(String reference, LocalDate holdUntil) throws StoreUnavailableException {
        if (AccountReference.isAccount(reference)) {
            AccountReference account = AccountReference.parse(reference);
            OptionalInt before = account.statusBefore().isPresent() ? account.statusBefore()
                    : rows.status(account.user()); // restricted again (a pinned hold): keep the first status
            if (before.isEmpty()) {
                return account.plain(); // gone: nothing to restrict
            }
            rows.setStatus(account.user(), GreenlightRows.BANNED);
            return account.restricted(before.getAsInt());
        }
        if (!ConferenceReader.isRecording(reference)) {
            return greenlight.restrict(reference, holdUntil);
        }
        publish(ConferenceReader.recordId(reference), false);
        return reference;
    }

    @Override
    public String lift(String reference) throws StoreUnavailableException {
        if (AccountReference.isAccount(reference)) {
            AccountReference account = AccountReference.parse(reference);
            if (account.statusBefore().isPresent()) {
                rows.setStatus(account.user(), account.statusBefore().getAsInt());
                return account.plain();
            }
            return greenlight.lift(account.plain()); // restricted before the status was kept: the mapping's value
        }
        if (!ConferenceReader.isRecording(reference)) {
            return greenlight.lift(reference);
        }
        publish(ConferenceReader.recordId(reference), true);
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
        deleteOnBbb(List.of(recordId));
        try {
            List<String> references = recordingRows(recordId);
            rows.deleteRecording(recordId);
            if (!bbb.getRecordingsById(List.of(recordId)).isEmpty()) {
                throw new StoreUnavailableException(store(), "recording " + recordId + " still on BigBlueButton");
            }
            if (!recordingRows(recordId).isEmpty()) {
                throw new StoreUnavailableException(store(), "Greenlight still has rows of recording " + recordId);
            }
            return references;
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store(), "BigBlueButton API: " + e.messageKey(), e);
        }
    }

    /** The Greenlight rows of the BBB recording {@code recordId}: one reference, by record id, while any exists. */
    public List<String> recordingRows(String recordId) throws StoreUnavailableException {
        return greenlightReader.referencesWhere(ConferenceReader.RECORDINGS_TABLE, ConferenceReader.RECORD_ID_COLUMN,
                recordId).stream().distinct().toList();
    }

    /**
     * Deletes the recordings on BBB and reads back what it did: neither {@code deleted=true} (BBB deletes
     * those it can and answers success if any existed) nor {@code notFound} (a recording still processing
     * answers it too) proves a recording gone. Each is looked up in every state: deleted is gone, anything else
     * is retried later, and one BBB does not know at all is a refusal for the assistant to check on the server.
     */
    private void deleteOnBbb(List<String> recordIds) throws StoreUnavailableException, ErasureBlockedException {
        if (recordIds.isEmpty()) {
            return;
        }
        try {
            bbb.deleteRecordings(recordIds);
        } catch (BbbApiException e) {
            if (!"notFound".equals(e.messageKey())) {
                throw new StoreUnavailableException(store(), "BigBlueButton API: " + e.messageKey(), e);
            }
        }
        Map<String, String> states = new HashMap<>();
        try {
            bbb.getRecordingsByIdIncludingDeleted(recordIds)
                    .forEach(recording -> states.put(recording.recordId(), recording.state()));
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store(), "BigBlueButton API: " + e.messageKey(), e);
        }
        for (String recordId : recordIds) {
            String state = states.get(recordId);
            if (state == null) {
                throw new ErasureBlockedException("BigBlueButton answers notFound for recording " + recordId
                        + " and does not list it in any state; check the server before erasing its Greenlight rows");
            }
            if (!BbbClient.DELETED.equals(state)) {
                throw new StoreUnavailableException(store(), "recording " + recordId + " is " + state
                        + " on BigBlueButton and cannot be deleted yet; retried later");
            }
        }
    }

    private void publish(String recordId, boolean published) throws StoreUnavailableException {
        try {
            bbb.publishRecordings(List.of(recordId), published);
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store(), "BigBlueButton API: " + e.messageKey(), e);
        }
    }

    private static UUID uuid(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key of a Greenlight room is a UUID", e);
        }
    }
}

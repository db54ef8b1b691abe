package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.connectors.spi.ErasureBlockedException;
import de.thwien.dsr.connectors.spi.ErasureResult;
import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.connectors.spi.StoreRefusedException;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.spi.StoreWriter;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlStoreReader;
import de.thwien.dsr.connectors.sql.SqlStoreWriter;
import de.thwien.dsr.events.ErasureEvents.OperatorTaskKind;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Write side of the conference store. A recording (referenced by its BBB record id, which survives Greenlight's
 * RecordingsSync) is erased through the BBB API first ({@code deleteRecordings}; Greenlight would re-import a
 * row whose recording still exists), then its Greenlight rows; a room or a user likewise takes the recordings of
 * its rooms from BBB first, then {@link GreenlightRows} deletes everything in Greenlight's foreign-key order.
 * Restricting a recording unpublishes it ({@code publishRecordings publish=false}) and lifting gives back the state
 * it had before ({@link RecordingReference}: one unpublished before stays unpublished, one gone from BBB has nothing
 * to restrict); restricting a user bans her ({@code status} 2) and lifting restores the status she had before
 * ({@link AccountReference}). Everything else goes through the Greenlight mapping. In a multi-tenant Greenlight
 * only rows of the providers the store serves are touched (another tenant's are refused) and each provider's
 * recordings go to its own BBB ({@link GreenlightTenants}).
 * <p>
 * What software cannot finish is reported as {@link OperatorTask}s: BBB's {@code deleteRecordings} only marks a
 * recording deleted, its raw media stay on disk until {@code bbb-record --delete <record id>} runs on the BBB server
 * (no task where the operator has the server purge deleted recordings itself, {@link OperatorWork}); an ActiveStorage
 * file (avatar, presentation) stays in Greenlight's storage after its blob row is deleted.
 */
public final class ConferenceWriter implements StoreWriter {

    private static final String ROOMS_TABLE = "rooms";
    /** getRecordings' states of a processed recording: the only ones publishRecordings changes. */
    private static final String PUBLISHED = "published";
    private static final String UNPUBLISHED = "unpublished";
    /** Greenlight's {@code recordings.visibility} values that restricting and lifting set (Recording::VISIBILITIES). */
    private static final String GREENLIGHT_UNPUBLISHED = "Unpublished";
    private static final String GREENLIGHT_PUBLISHED = "Published";

    private final SqlStoreReader greenlightReader;
    private final SqlStoreWriter greenlight;
    private final GreenlightRows rows;
    private final TenantScope scope;
    private final OperatorWork operatorWork;

    /**
     * What the operator's servers do themselves and where Greenlight keeps its files.
     *
     * @param bbbPurgesDeletedRecordings the BBB server removes deleted recordings' raw media by itself (a cron job
     *                                   running {@code bbb-record --delete}): no task per recording
     * @param greenlightStorageRoot      the root of Greenlight's ActiveStorage Disk service ({@code storage/} in
     *                                   Greenlight's directory, {@value #GREENLIGHT_STORAGE_ROOT} in its container)
     */
    public record OperatorWork(boolean bbbPurgesDeletedRecordings, String greenlightStorageRoot) {

        public static final OperatorWork DEFAULT = new OperatorWork(false, GREENLIGHT_STORAGE_ROOT);
    }

    /** Rails.root/storage of Greenlight v3's container image: the Disk service "local" of config/storage.yml. */
    public static final String GREENLIGHT_STORAGE_ROOT = "/usr/src/app/storage";
    /** Greenlight's config/storage.yml names its Disk service "local". */
    private static final String DISK_SERVICE = "local";

    private ConferenceWriter(SqlStoreReader greenlightReader, SqlStoreWriter greenlight, GreenlightRows rows,
            TenantScope scope, OperatorWork operatorWork) {
        this.greenlightReader = greenlightReader;
        this.greenlight = greenlight;
        this.rows = rows;
        this.scope = scope;
        this.operatorWork = operatorWork;
    }

    public static ConferenceWriter open(SqlMapping greenlightMapping, DataSource greenlightDatabase, BbbClient bbb)
            throws StoreUnavailableException {
        return open(greenlightMapping, greenlightDatabase, bbb, OperatorWork.DEFAULT);
    }

    /** A single-tenant Greenlight (provider "greenlight") and its BBB. */
    public static ConferenceWriter open(SqlMapping greenlightMapping, DataSource greenlightDatabase, BbbClient bbb,
            OperatorWork operatorWork) throws StoreUnavailableException {
        return open(greenlightMapping, greenlightDatabase, GreenlightTenants.single(bbb), operatorWork);
    }

    /** Erases and restricts only rows of these providers, each provider's recordings on its own BBB. */
    public static ConferenceWriter open(SqlMapping greenlightMapping, DataSource greenlightDatabase,
            GreenlightTenants tenants, OperatorWork operatorWork) throws StoreUnavailableException {
        GreenlightRows rows = new GreenlightRows(greenlightDatabase, greenlightMapping.schema(),
                greenlightMapping.store());
        return new ConferenceWriter(SqlStoreReader.open(greenlightMapping, greenlightDatabase),
                SqlStoreWriter.open(greenlightMapping, greenlightDatabase), rows,
                new TenantScope(tenants, rows, greenlightMapping.store()), operatorWork);
    }

    @Override
    public String store() {
        return greenlight.store();
    }

    @Override
    public ErasureResult erase(String reference)
            throws StoreUnavailableException, ErasureBlockedException, StoreRefusedException {
        return erase(reference, Set.of());
    }

    /**
     * An account or a room takes its rooms' recordings with it (Greenlight's foreign keys, and BBB would have them
     * imported again): while one of them is spared (restricted or kept on its own), it refuses.
     */
    @Override
    public ErasureResult erase(String reference, Set<String> spared)
            throws StoreUnavailableException, ErasureBlockedException, StoreRefusedException {
        scope.refuseOtherProvider(reference);
        BbbClient bbb = scope.bbbOf(reference);
        if (AccountReference.isAccount(reference)) {
            UUID user = AccountReference.parse(reference).user();
            List<String> recordIds = withRecordingsOfMeetings(bbb, rows.recordIdsOfUser(user),
                    rows.meetingIdsOfUser(user));
            refuseIfSpared(recordIds, spared);
            deleteOnBbb(bbb, recordIds);
            return leaving(bbb, recordIds, rows.deleteUser(user));
        }
        if (reference.startsWith(ROOMS_TABLE + "/")) {
            UUID room = uuid(reference.substring(ROOMS_TABLE.length() + 1));
            List<String> recordIds = withRecordingsOfMeetings(bbb, rows.recordIdsOfRoom(room),
                    rows.meetingIdsOfRoom(room));
            refuseIfSpared(recordIds, spared);
            deleteOnBbb(bbb, recordIds);
            return leaving(bbb, recordIds, rows.deleteRoom(room));
        }
        if (ConferenceReader.isRecording(reference)) {
            String recordId = ConferenceReader.recordId(reference);
            deleteOnBbb(bbb, List.of(recordId));
            rows.deleteRecording(recordId);
            return leaving(bbb, List.of(recordId), List.of());
        }
        return greenlight.erase(reference);
    }

    /**
     * What {@link #erase(String, Set)} would leave, read from Greenlight and BBB without changing anything: the
     * recordings' raw media and the files of the attachments whose blobs would go.
     */
    @Override
    public List<OperatorTask> leftByErasure(String reference, Set<String> spared) throws StoreUnavailableException {
        if (!scope.serves(reference)) {
            return List.of(); // another tenant's row: erase refuses it, nothing is left
        }
        if (AccountReference.isAccount(reference)) {
            UUID user = AccountReference.parse(reference).user();
            BbbClient bbb = scope.bbbOf(reference);
            return leaving(bbb, withRecordingsOfMeetings(bbb, rows.recordIdsOfUser(user),
                    rows.meetingIdsOfUser(user)), rows.filesOfUser(user)).operatorTasks();
        }
        if (reference.startsWith(ROOMS_TABLE + "/")) {
            UUID room = uuid(reference.substring(ROOMS_TABLE.length() + 1));
            BbbClient bbb = scope.bbbOf(reference);
            return leaving(bbb, withRecordingsOfMeetings(bbb, rows.recordIdsOfRoom(room),
                    rows.meetingIdsOfRoom(room)), rows.filesOfRoom(room)).operatorTasks();
        }
        if (ConferenceReader.isRecording(reference)) {
            return leaving(scope.bbbOf(reference), List.of(ConferenceReader.recordId(reference)), List.of())
                    .operatorTasks();
        }
        return greenlight.leftByErasure(reference, spared);
    }

    /**
     * The record ids of Greenlight's rows and those BBB lists for the rooms' meetings: a recording BBB finished after
     * Greenlight's last RecordingsSync has no row yet, and would be imported again after the room's erasure.
     */
    private List<String> withRecordingsOfMeetings(BbbClient bbb, List<String> recordIds, List<String> meetingIds)
            throws StoreUnavailableException {
        Set<String> all = new TreeSet<>(recordIds);
        try {
            bbb.getRecordingsByMeeting(meetingIds).forEach(recording -> all.add(recording.recordId()));
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store(), "BigBlueButton API: " + e.messageKey(), e);
        }
        return List.copyOf(all);
    }

    private static void refuseIfSpared(List<String> recordIds, Set<String> spared) throws ErasureBlockedException {
        for (String recordId : recordIds) {
            if (spared.stream().map(RecordingReference::plain)
                    .anyMatch((ConferenceReader.RECORDINGS_TABLE + "/" + recordId)::equals)) {
                throw new ErasureBlockedException("recording " + recordId + " of this account or room is restricted"
                        + " or kept on its own; erasing the account or room would delete it");
            }
        }
    }

    /** The operator tasks left after BBB marked the recordings deleted and Greenlight's blob rows went. */
    private ErasureResult leaving(BbbClient bbb, List<String> deletedRecordIds,
            List<GreenlightRows.StoredFile> files) {
        List<OperatorTask> tasks = new ArrayList<>();
        // with several tenants the operator must know which of the BBB servers holds the media
        String server = scope.tenants().providers().size() > 1 ? "  # on the BBB server " + bbb.host() : "";
        if (!operatorWork.bbbPurgesDeletedRecordings()) {
            deletedRecordIds.forEach(recordId -> tasks.add(new OperatorTask(OperatorTaskKind.PURGE_RECORDING_MEDIA,
                    store(), "bbb-record --delete " + OperatorTask.shellWord(recordId) + server)));
        }
        for (GreenlightRows.StoredFile file : files) {
            tasks.add(new OperatorTask(OperatorTaskKind.DELETE_STORED_FILE, store(), storedFileInstruction(file)));
        }
        return ErasureResult.leaving(tasks);
    }

    /**
     * ActiveStorage's DiskService keeps a blob under {@code <root>/<key[0..1]>/<key[2..3]>/<key>}; another service
     * (S3 …) under its key.
     */
    private String storedFileInstruction(GreenlightRows.StoredFile file) {
        String key = file.key();
        if (DISK_SERVICE.equals(file.service()) && key.length() > 4) {
            String root = operatorWork.greenlightStorageRoot().replaceAll("/+$", "");
            return "rm -f " + OperatorTask.shellWord(root + "/" + key.substring(0, 2) + "/" + key.substring(2, 4) + "/"
                    + key);
        }
        return "ActiveStorage service " + OperatorTask.shellWord(file.service()) + ": delete object "
                + OperatorTask.shellWord(key);
    }


    @Override
    public String restrict(String reference, LocalDate holdUntil)
            throws StoreUnavailableException, StoreRefusedException {
        scope.refuseOtherProvider(reference);
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
        RecordingReference recording = RecordingReference.parse(reference);
        Optional<Boolean> before = recording.publishedBefore().isPresent() ? recording.publishedBefore()
                : publishedNow(reference); // restricted again (a pinned hold): keep the first state
        if (before.isEmpty()) {
            return recording.plain(); // gone from BBB (routine retention deleted it): nothing left in use
        }
        Optional<String> shownBefore = recording.publishedBefore().isPresent() ? recording.visibilityBefore()
                : rows.visibility(recording.recordId());
        if (before.get()) {
            publish(reference, false);
            rows.setVisibility(recording.recordId(), GREENLIGHT_UNPUBLISHED);
        }
        return recording.restricted(before.get(), shownBefore);
    }

    @Override
    public String lift(String reference) throws StoreUnavailableException, StoreRefusedException {
        scope.refuseOtherProvider(reference);
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
        RecordingReference recording = RecordingReference.parse(reference);
        // restricted before its state was kept: published, as restricting assumed then
        if (recording.publishedBefore().orElse(true) && publishedNow(reference).isPresent()) {
            publish(reference, true);
            // what Greenlight showed before (a protected recording is protected again); Published when not kept
            rows.setVisibility(recording.recordId(), recording.visibilityBefore()
                    .filter(shown -> !GREENLIGHT_UNPUBLISHED.equals(shown)).orElse(GREENLIGHT_PUBLISHED));
        }
        return recording.plain();
    }

    /**
     * Art. 16: an account's name and e-mail and a room's name as Greenlight's database holds them (the mapping's
     * {@code rectify}); a recording has none (it is kept as it was made), nor has a row of a provider this store does
     * not serve.
     */
    @Override
    public Map<String, String> rectifiableFields(String reference) throws StoreUnavailableException {
        if (ConferenceReader.isRecording(reference)) {
            return Map.of();
        }
        try {
            scope.refuseOtherProvider(reference);
        } catch (StoreRefusedException otherProvider) {
            return Map.of();
        }
        return greenlight.rectifiableFields(AccountReference.plain(reference));
    }

    /** Writes the corrected name or e-mail in Greenlight's row; reading {@link #rectifiableFields} proves it. */
    @Override
    public void rectify(String reference, Map<String, String> corrected)
            throws StoreUnavailableException, StoreRefusedException {
        scope.refuseOtherProvider(reference);
        if (ConferenceReader.isRecording(reference)) {
            throw new StoreRefusedException(store(), "a recording is kept as it was made; it cannot be rectified",
                    null);
        }
        greenlight.rectify(AccountReference.plain(reference), corrected);
    }

    /**
     * Whether BBB publishes the recording now; empty when BBB no longer has it (deleted) or never had it. One still
     * processing is asked again later: BBB would publish it when done, whatever was decided now.
     */
    private Optional<Boolean> publishedNow(String reference) throws StoreUnavailableException {
        String recordId = ConferenceReader.recordId(reference);
        Optional<BbbRecording> recording;
        try {
            recording = scope.bbbOf(reference).getRecordingsById(List.of(recordId)).stream().findFirst();
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store(), "BigBlueButton API: " + e.messageKey(), e);
        }
        if (recording.isPresent() && !PUBLISHED.equals(recording.get().state())
                && !UNPUBLISHED.equals(recording.get().state())) {
            throw new StoreUnavailableException(store(), "recording " + recordId + " is " + recording.get().state()
                    + " on BigBlueButton; its publication is decided when it is processed, retried later");
        }
        return recording.map(BbbRecording::published);
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
        BbbClient bbb = scope.bbbOf(ConferenceReader.RECORDINGS_TABLE + "/" + recordId);
        deleteOnBbb(bbb, List.of(recordId));
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

    /**
     * What a recording deleted by {@link #deleteRecording} leaves to the operator: its raw media on the BBB server
     * (nothing where the server purges deleted recordings itself). Known from the record id alone, so asked again
     * after a crash it answers the same.
     */
    public ErasureResult leftByDeletedRecording(String recordId) throws StoreUnavailableException {
        return leaving(scope.bbbOf(ConferenceReader.RECORDINGS_TABLE + "/" + recordId), List.of(recordId), List.of());
    }

    /**
     * A consent withdrawal (Art. 7(3)): the published recordings of the rooms of the Greenlight accounts with this
     * address, Greenlight's rows and what BBB lists for the rooms' meetings (not synced yet) alike, are unpublished
     * ({@code publishRecordings publish=false}, lifted like a restriction). Returns the BBB record ids unpublished
     * now: one already unpublished (by her withdrawal before, or by its owner) is left alone and not returned.
     */
    public List<String> unpublishRecordingsOfAddress(String email) throws StoreUnavailableException {
        Set<String> unpublished = new TreeSet<>();
        for (String provider : rows.providersOfAddress(email)) {
            if (scope.tenants().serves(provider)) {
                unpublished.addAll(unpublishRecordingsOfAccounts(scope.tenants().bbbOf(provider),
                        rows.usersOfAddress(email, provider)));
            }
        }
        return List.copyOf(unpublished);
    }

    private List<String> unpublishRecordingsOfAccounts(BbbClient bbb, List<UUID> users)
            throws StoreUnavailableException {
        List<String> recordIds = new ArrayList<>();
        for (UUID user : users) {
            recordIds.addAll(withRecordingsOfMeetings(bbb, rows.recordIdsOfUser(user), rows.meetingIdsOfUser(user)));
        }
        if (recordIds.isEmpty()) {
            return List.of();
        }
        try {
            List<String> published = bbb.getRecordingsById(recordIds).stream()
                    .filter(BbbRecording::published).map(BbbRecording::recordId).distinct().sorted().toList();
            if (!published.isEmpty()) {
                bbb.publishRecordings(published, false);
                for (String recordId : published) {
                    rows.setVisibility(recordId, GREENLIGHT_UNPUBLISHED);
                }
            }
            return published;
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
    private void deleteOnBbb(BbbClient bbb, List<String> recordIds) throws StoreUnavailableException, ErasureBlockedException {
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

    private void publish(String reference, boolean published) throws StoreUnavailableException {
        try {
            scope.bbbOf(reference).publishRecordings(List.of(ConferenceReader.recordId(reference)), published);
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

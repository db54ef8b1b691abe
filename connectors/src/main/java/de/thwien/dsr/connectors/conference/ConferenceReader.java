package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.CrawlResult;
import de.thwien.dsr.connectors.spi.ExportedRecord;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlStoreReader;
import de.thwien.dsr.events.Finding;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read side of the conference store: Greenlight v3's tables (users, rooms, recordings, shared
 * accesses, invitations) through the mapped SQL connector, and each recording confirmed against
 * BigBlueButton, which holds the media. In a multi-tenant Greenlight only the rows of the providers the store
 * serves are crawled and found, and each provider's recordings are confirmed on its own BBB ({@link GreenlightTenants}).
 * A BBB that answers FAILED (or cannot be reached) makes the
 * whole store unavailable: a recording that might exist is never reported as "no data".
 */
public final class ConferenceReader implements StoreReader {

    /** The mapping shipped for Greenlight v3 (schema and seed data beside it). */
    public static final String GREENLIGHT_MAPPING_RESOURCE = "conference/greenlight/mapping.yaml";
    static final String RECORDINGS_TABLE = "recordings";
    static final String RECORD_ID_COLUMN = "record_id";
    private static final String ROOMS_TABLE = "rooms";

    private final SqlStoreReader greenlight;
    private final GreenlightRows rows;
    private final SqlMapping.TableMapping recordings;
    private final TenantScope scope;

    private ConferenceReader(SqlStoreReader greenlight, GreenlightRows rows, SqlMapping.TableMapping recordings,
            TenantScope scope) {
        this.greenlight = greenlight;
        this.rows = rows;
        this.recordings = recordings;
        this.scope = scope;
    }

    /** A single-tenant Greenlight (provider "greenlight") and its BBB. */
    public static ConferenceReader open(SqlMapping greenlightMapping, DataSource greenlightDatabase, BbbClient bbb)
            throws StoreUnavailableException {
        return open(greenlightMapping, greenlightDatabase, GreenlightTenants.single(bbb));
    }

    /** Only the rows of these providers, each provider's recordings confirmed on its own BBB. */
    public static ConferenceReader open(SqlMapping greenlightMapping, DataSource greenlightDatabase,
            GreenlightTenants tenants) throws StoreUnavailableException {
        SqlMapping.TableMapping recordings = greenlightMapping.table(RECORDINGS_TABLE).orElseThrow(() ->
                new IllegalArgumentException("the conference mapping has no table " + RECORDINGS_TABLE));
        GreenlightRows rows = new GreenlightRows(greenlightDatabase, greenlightMapping.schema(),
                greenlightMapping.store());
        return new ConferenceReader(SqlStoreReader.open(greenlightMapping, greenlightDatabase), rows, recordings,
                new TenantScope(tenants, rows, greenlightMapping.store()));
    }

    @Override
    public String store() {
        return greenlight.store();
    }

    @Override
    public CrawlResult crawl(CrawlCursor cursor, Consumer<IndexedRecord> sink) throws StoreUnavailableException {
        // another tenant's accounts and invitations are not this controller's data: never indexed
        Set<String> otherTenants = rows.accountsOfOtherProviders(scope.tenants().providers());
        return greenlight.crawl(cursor, record -> {
            if (!otherTenants.contains(record.reference())) {
                sink.accept(record);
            }
        });
    }

    /**
     * Greenlight's rows confirmed against BBB, and the recordings BBB lists for the rooms' meetings that Greenlight
     * has no row for yet (finished after its last RecordingsSync): the erasure deletes those too, so the access
     * answer and the plan name them.
     */
    @Override
    public String placeOf(String reference) {
        return greenlight.placeOf(reference);
    }

    @Override
    public List<Finding> find(Collection<RecordHit> hits) throws StoreUnavailableException {
        // a restriction's reference keeps the state before it (a user's status, a recording's publication): the
        // record is found by its plain reference, as findings name it
        List<RecordHit> plain = hits.stream().map(hit -> new RecordHit(plain(hit.reference()), hit.strength()))
                .toList();
        List<Finding> confirmed = confirmedOnBbb(ofServedProviders(greenlight.find(plain)));
        confirmed.addAll(recordingsOnlyOnBbb(confirmed));
        return confirmed;
    }

    /** The findings without the rows of Greenlight providers (tenants) this store does not serve. */
    private List<Finding> ofServedProviders(List<Finding> findings) throws StoreUnavailableException {
        List<Finding> served = new ArrayList<>();
        for (Finding finding : findings) {
            if (scope.serves(finding.reference())) {
                served.add(finding);
            }
        }
        return served;
    }

    private List<Finding> confirmedOnBbb(List<Finding> findings) throws StoreUnavailableException {
        Map<String, String> recordIdByReference = new LinkedHashMap<>();
        Map<BbbClient, List<String>> recordIdsByBbb = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (isRecording(finding.reference())) {
                recordIdByReference.put(finding.reference(), recordId(finding.reference()));
                recordIdsByBbb.computeIfAbsent(scope.bbbOf(finding.reference()), bbb -> new ArrayList<>())
                        .add(recordId(finding.reference()));
            }
        }
        if (recordIdByReference.isEmpty()) {
            return new ArrayList<>(findings);
        }
        Map<String, BbbRecording> onBbb = new LinkedHashMap<>();
        for (Map.Entry<BbbClient, List<String>> server : recordIdsByBbb.entrySet()) {
            onBbb.putAll(bbbRecordings(server.getKey(), server.getValue()));
        }
        List<Finding> confirmed = new ArrayList<>();
        for (Finding finding : findings) {
            String recordId = recordIdByReference.get(finding.reference());
            confirmed.add(recordId == null ? finding : withBbbState(finding, onBbb.get(recordId)));
        }
        return confirmed;
    }

    @Override
    public ExportedRecord export(String reference) throws StoreUnavailableException {
        ExportedRecord row = greenlight.export(plain(reference));
        if (!isRecording(reference)) {
            return row;
        }
        String recordId = recordId(reference);
        BbbRecording recording = bbbRecordings(scope.bbbOf(reference), List.of(recordId)).get(recordId);
        if (row.fields().isEmpty() && recording == null) {
            return row;
        }
        Map<String, Object> fields = new LinkedHashMap<>(row.fields());
        if (row.fields().isEmpty()) {
            fields.put(RECORD_ID_COLUMN, recordId);
            fields.put("greenlight", "no row yet");
        }
        if (recording == null) {
            fields.put("bigBlueButton", "not on BigBlueButton any more");
        } else {
            fields.put("bbbState", recording.state());
            fields.put("bbbPublished", recording.published());
            fields.put("bbbStartTime", String.valueOf(recording.startTime()));
            fields.put("bbbEndTime", String.valueOf(recording.endTime()));
            if (recording.playbackUrl() != null) {
                fields.put("bbbPlaybackUrl", recording.playbackUrl());
            }
        }
        return new ExportedRecord(row.store(), row.reference(), row.kind(), fields);
    }

    private Map<String, BbbRecording> bbbRecordings(BbbClient bbb, Collection<String> recordIds)
            throws StoreUnavailableException {
        try {
            return bbb.getRecordingsById(recordIds).stream()
                    .collect(Collectors.toMap(BbbRecording::recordId, Function.identity(), (first, second) -> first));
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store(), "BigBlueButton API: " + e.messageKey(), e);
        }
    }

    /** Recordings of the found rooms' meetings that BBB lists and Greenlight's rows (the findings) do not. */
    private List<Finding> recordingsOnlyOnBbb(List<Finding> findings) throws StoreUnavailableException {
        Map<String, Finding.MatchStrength> strengthByMeeting = new LinkedHashMap<>();
        Map<BbbClient, List<String>> meetingsByBbb = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (finding.reference().startsWith(ROOMS_TABLE + "/")) {
                for (String meetingId : rows.meetingIdsOfRoom(roomId(finding.reference()))) {
                    strengthByMeeting.merge(meetingId, finding.matchStrength(),
                            (one, other) -> one.compareTo(other) <= 0 ? one : other);
                    meetingsByBbb.computeIfAbsent(scope.bbbOf(finding.reference()), bbb -> new ArrayList<>())
                            .add(meetingId);
                }
            }
        }
        if (strengthByMeeting.isEmpty()) {
            return List.of();
        }
        Set<String> known = findings.stream().map(Finding::reference).collect(Collectors.toSet());
        List<BbbRecording> onBbb = new ArrayList<>();
        try {
            for (Map.Entry<BbbClient, List<String>> server : meetingsByBbb.entrySet()) {
                onBbb.addAll(server.getKey().getRecordingsByMeeting(server.getValue()));
            }
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store(), "BigBlueButton API: " + e.messageKey(), e);
        }
        Map<String, Finding> onlyOnBbb = new LinkedHashMap<>();
        for (BbbRecording recording : onBbb) {
            String reference = RECORDINGS_TABLE + "/" + recording.recordId();
            if (!known.contains(reference)) {
                onlyOnBbb.putIfAbsent(reference, onlyOnBbb(reference, recording,
                        strengthByMeeting.get(recording.meetingId())));
            }
        }
        return List.copyOf(onlyOnBbb.values());
    }

    private Finding onlyOnBbb(String reference, BbbRecording recording, Finding.MatchStrength strength) {
        LocalDate started = recording.startTime().atZone(ZoneOffset.UTC).toLocalDate();
        long minutes = recording.endTime() == null ? 0
                : Duration.between(recording.startTime(), recording.endTime()).toMinutes();
        // a row's retention rule without the row: the mapping's first (its only one for Greenlight's recordings)
        return new Finding(store(), reference, recordings.dataCategories(), recordings.retention().get(0).category(),
                started,
                recordings.legalBasis(), strength, "Recording " + recording.recordId() + " of " + started + ", "
                        + minutes + " min, " + recording.participants() + " participants; on BigBlueButton only"
                        + " (no Greenlight row yet), " + (recording.published() ? "published" : "unpublished"));
    }

    private static UUID roomId(String reference) {
        return UUID.fromString(reference.substring(ROOMS_TABLE.length() + 1));
    }

    private static Finding withBbbState(Finding finding, BbbRecording recording) {
        String state = recording == null ? "not on BigBlueButton any more"
                : "on BigBlueButton, " + (recording.published() ? "published" : "unpublished");
        return new Finding(finding.store(), finding.reference(), finding.dataCategories(),
                finding.retentionCategory(), finding.retentionStart(), finding.legalBasis(), finding.matchStrength(),
                finding.summary() + "; " + state);
    }

    /** The reference as findings name the record, without the state a restriction keeps in it. */
    static String plain(String reference) {
        return AccountReference.plain(RecordingReference.plain(reference));
    }

    static boolean isRecording(String reference) {
        return reference.startsWith(RECORDINGS_TABLE + "/");
    }

    /** A recording's reference is {@code recordings/<BBB record id>}: Greenlight's row ids do not last. */
    static String recordId(String reference) {
        return RecordingReference.parse(reference).recordId();
    }
}

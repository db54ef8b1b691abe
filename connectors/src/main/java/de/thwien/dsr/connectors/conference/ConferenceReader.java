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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read side of the conference store: Greenlight v3's tables (users, rooms, recordings, shared
 * accesses, invitations) through the mapped SQL connector, and each recording confirmed against
 * BigBlueButton, which holds the media. A BBB that answers FAILED (or cannot be reached) makes the
 * whole store unavailable: a recording that might exist is never reported as "no data".
 */
public final class ConferenceReader implements StoreReader {

    /** The mapping shipped for Greenlight v3 (schema and seed data beside it). */
    public static final String GREENLIGHT_MAPPING_RESOURCE = "conference/greenlight/mapping.yaml";
    static final String RECORDINGS_TABLE = "recordings";
    static final String RECORD_ID_COLUMN = "record_id";

    private final SqlStoreReader greenlight;
    private final BbbClient bbb;

    private ConferenceReader(SqlStoreReader greenlight, BbbClient bbb) {
        this.greenlight = greenlight;
        this.bbb = bbb;
    }

    public static ConferenceReader open(SqlMapping greenlightMapping, DataSource greenlightDatabase, BbbClient bbb)
            throws StoreUnavailableException {
        return new ConferenceReader(SqlStoreReader.open(greenlightMapping, greenlightDatabase), bbb);
    }

    @Override
    public String store() {
        return greenlight.store();
    }

    @Override
    public CrawlResult crawl(CrawlCursor cursor, Consumer<IndexedRecord> sink) throws StoreUnavailableException {
        return greenlight.crawl(cursor, sink);
    }

    @Override
    public String placeOf(String reference) {
        return greenlight.placeOf(reference);
    }

    @Override
    public List<Finding> find(Collection<RecordHit> hits) throws StoreUnavailableException {
        List<Finding> findings = greenlight.find(hits);
        Map<String, String> recordIdByReference = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (isRecording(finding.reference())) {
                recordIdByReference.put(finding.reference(), recordId(finding.reference()));
            }
        }
        if (recordIdByReference.isEmpty()) {
            return findings;
        }
        Map<String, BbbRecording> onBbb = bbbRecordings(recordIdByReference.values());
        List<Finding> confirmed = new ArrayList<>();
        for (Finding finding : findings) {
            String recordId = recordIdByReference.get(finding.reference());
            confirmed.add(recordId == null ? finding : withBbbState(finding, onBbb.get(recordId)));
        }
        return confirmed;
    }

    @Override
    public ExportedRecord export(String reference) throws StoreUnavailableException {
        ExportedRecord row = greenlight.export(AccountReference.plain(reference));
        if (!isRecording(reference) || row.fields().isEmpty()) {
            return row;
        }
        String recordId = recordId(reference);
        BbbRecording recording = bbbRecordings(List.of(recordId)).get(recordId);
        Map<String, Object> fields = new LinkedHashMap<>(row.fields());
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

    private Map<String, BbbRecording> bbbRecordings(Collection<String> recordIds) throws StoreUnavailableException {
        try {
            return bbb.getRecordingsById(recordIds).stream()
                    .collect(Collectors.toMap(BbbRecording::recordId, Function.identity(), (first, second) -> first));
        } catch (BbbApiException e) {
            throw new StoreUnavailableException(store(), "BigBlueButton API: " + e.messageKey(), e);
        }
    }

    private static Finding withBbbState(Finding finding, BbbRecording recording) {
        String state = recording == null ? "not on BigBlueButton any more"
                : "on BigBlueButton, " + (recording.published() ? "published" : "unpublished");
        return new Finding(finding.store(), finding.reference(), finding.dataCategories(),
                finding.retentionCategory(), finding.retentionStart(), finding.legalBasis(), finding.matchStrength(),
                finding.summary() + "; " + state);
    }

    static boolean isRecording(String reference) {
        return reference.startsWith(RECORDINGS_TABLE + "/");
    }

    /** A recording's reference is {@code recordings/<BBB record id>}: Greenlight's row ids do not last. */
    static String recordId(String reference) {
        return reference.substring(RECORDINGS_TABLE.length() + 1);
    }
}

package de.thwien.dsr.erasure.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.connectors.conference.BbbChecksum;
import de.thwien.dsr.connectors.conference.BbbClient;
import de.thwien.dsr.connectors.conference.GreenlightTenants;
import de.thwien.dsr.infra.bbb.BbbApiSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BbbConferenceRecordingsTest {

    private static final String SECRET = "routine-retention-secret";
    private BbbApiSimulator bbb;
    private BbbConferenceRecordings recordings;

    @BeforeEach
    void startSimulator() {
        bbb = BbbApiSimulator.start(SECRET);
        // deleting (BBB, then Greenlight's rows) is the connector's ConferenceWriter, tested in connectors
        recordings = new BbbConferenceRecordings("conference", Optional.of(GreenlightTenants.single(client(bbb))),
                Optional::empty);
        bbb.addRecording(recording("rec-old", "2026-10-01T09:00:00Z"));
        bbb.addRecording(recording("rec-new", "2026-11-20T23:30:00Z"));
    }

    @AfterEach
    void stopSimulator() {
        bbb.close();
    }

    @Test
    void everyRecordingIsListedWithTheMomentItStarted() throws StoreFailure {
        assertThat(recordings.list()).containsExactlyInAnyOrder(
                new ConferenceRecordings.StoredRecording("rec-old", Instant.parse("2026-10-01T09:00:00Z")),
                new ConferenceRecordings.StoredRecording("rec-new", Instant.parse("2026-11-20T23:30:00Z")));
    }

    @Test
    void withSeveralTenantsTheRecordingsOfEveryTenantsBbbAreListed() throws StoreFailure {
        try (BbbApiSimulator secondTenantsBbb = BbbApiSimulator.start(SECRET)) {
            secondTenantsBbb.addRecording(recording("rec-of-tenant-b", "2026-11-01T08:00:00Z"));
            Map<String, BbbClient> bbbByProvider = new LinkedHashMap<>();
            bbbByProvider.put("tenant-a", client(bbb));
            bbbByProvider.put("tenant-b", client(secondTenantsBbb));
            BbbConferenceRecordings twoTenants = new BbbConferenceRecordings("conference",
                    Optional.of(new GreenlightTenants(bbbByProvider)), Optional::empty);

            assertThat(twoTenants.list()).extracting(ConferenceRecordings.StoredRecording::recordId)
                    .containsExactlyInAnyOrder("rec-old", "rec-new", "rec-of-tenant-b");
        }
    }

    @Test
    void aServerAnsweringFailedIsAStoreFailureNotAnEmptyList() {
        bbb.answerFailed("checksumError");

        assertThatThrownBy(() -> recordings.list()).isInstanceOf(StoreFailure.class);
    }

    @Test
    void withoutAConfiguredConferenceStoreEveryCallFailsVisibly() {
        BbbConferenceRecordings unconfigured = new BbbConferenceRecordings(null, Optional.empty(), Optional::empty);

        assertThatThrownBy(unconfigured::list).isInstanceOf(StoreFailure.class).hasMessageContaining("no BBB API");
        assertThatThrownBy(() -> unconfigured.delete("rec-old")).isInstanceOf(StoreFailure.class);
    }

    private static BbbClient client(BbbApiSimulator server) {
        return new BbbClient(server.apiUrl(), SECRET, BbbChecksum.SHA256, Duration.ofSeconds(5));
    }

    private static BbbApiSimulator.SimulatedRecording recording(String recordId, String start) {
        Instant startTime = Instant.parse(start);
        return new BbbApiSimulator.SimulatedRecording(recordId, "meeting-" + recordId, "Meeting", true, startTime,
                startTime.plusSeconds(3600), 3);
    }
}

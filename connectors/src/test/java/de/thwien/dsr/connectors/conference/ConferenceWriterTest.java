package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.connectors.TestInfra;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.sql.SqlMapping;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.infra.bbb.BbbApiSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConferenceWriterTest {

    private static final SqlMapping GREENLIGHT = SqlMappingLoader.fromClasspath(ConferenceReader.GREENLIGHT_MAPPING_RESOURCE);
    private static final String SECRET = "simulator-secret";
    private static final String RECORDING = "recordings/00000000-0000-0000-0000-0000000000c1";

    private BbbApiSimulator bbb;
    private ConferenceWriter writer;
    private ConferenceReader reader;

    @BeforeEach
    void seededGreenlightAndBbb() throws StoreUnavailableException {
        String schema = TestInfra.freshSchema("conference/greenlight/schema.sql", "conference/greenlight/seed.sql");
        bbb = BbbApiSimulator.start(SECRET);
        GreenlightSeed.into(bbb);
        BbbClient client = new BbbClient(bbb.apiUrl(), SECRET, BbbChecksum.SHA256, Duration.ofSeconds(5));
        writer = ConferenceWriter.open(GREENLIGHT.withSchema(schema), TestInfra.dataSource(schema), client);
        reader = ConferenceReader.open(GREENLIGHT.withSchema(schema), TestInfra.dataSource(schema), client);
    }

    @AfterEach
    void stopBbb() {
        bbb.close();
    }

    @Test
    void aRecordingIsErasedOnBbbAndInGreenlight() throws Exception {
        writer.erase(RECORDING);

        assertThat(bbb.recording("rec-jana-0001")).isEmpty();
        assertThat(reader.find(List.of(new RecordHit(RECORDING, MatchStrength.STRONG)))).isEmpty();
        writer.erase(RECORDING); // again: nothing left, no error
    }

    @Test
    void aRecordingAlreadyGoneFromBbbLosesItsGreenlightRowToo() throws Exception {
        new BbbClient(bbb.apiUrl(), SECRET, BbbChecksum.SHA256, Duration.ofSeconds(5))
                .deleteRecordings(List.of("rec-jana-0001"));

        writer.erase(RECORDING);

        assertThat(reader.find(List.of(new RecordHit(RECORDING, MatchStrength.STRONG)))).isEmpty();
    }

    @Test
    void routineRetentionDeletesARecordingOnBbbAndThenItsGreenlightRows() throws Exception {
        assertThat(writer.recordingRows("rec-jana-0001")).containsExactly(RECORDING);

        assertThat(writer.deleteRecording("rec-jana-0001")).containsExactly(RECORDING);

        assertThat(bbb.recording("rec-jana-0001")).isEmpty();
        assertThat(writer.recordingRows("rec-jana-0001")).isEmpty();
        assertThat(reader.find(List.of(new RecordHit(RECORDING, MatchStrength.STRONG)))).isEmpty();
    }

    @Test
    void aRecordingBbbDoesNotDeleteKeepsItsGreenlightRows() throws Exception {
        bbb.answerFailed("internalError");

        assertThatThrownBy(() -> writer.deleteRecording("rec-jana-0001")).isInstanceOf(StoreUnavailableException.class);
        bbb.answerFailed(null);
        assertThat(bbb.recording("rec-jana-0001")).isPresent();
        assertThat(writer.recordingRows("rec-jana-0001")).containsExactly(RECORDING);
    }

    @Test
    void aFailingBbbKeepsTheRowAndIsAStoreError() throws Exception {
        bbb.answerFailed("internalError");

        assertThatThrownBy(() -> writer.erase(RECORDING)).isInstanceOf(StoreUnavailableException.class);
        bbb.answerFailed(null);
        assertThat(reader.find(List.of(new RecordHit(RECORDING, MatchStrength.STRONG)))).hasSize(1);
    }

    @Test
    void restrictingARecordingUnpublishesItAndLiftingPublishesIt() throws Exception {
        writer.restrict(RECORDING, LocalDate.of(2030, 12, 31));
        assertThat(bbb.recording("rec-jana-0001").orElseThrow().published()).isFalse();

        writer.lift(RECORDING);
        assertThat(bbb.recording("rec-jana-0001").orElseThrow().published()).isTrue();
    }

    @Test
    void restrictingAnAccountBlocksIt() throws Exception {
        String user = "users/00000000-0000-0000-0000-0000000000a1";

        writer.restrict(user, LocalDate.of(2030, 12, 31));

        assertThat(reader.export(user).fields()).containsEntry("status", "blocked");
    }
}

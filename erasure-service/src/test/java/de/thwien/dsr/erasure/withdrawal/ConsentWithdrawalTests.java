package de.thwien.dsr.erasure.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.erasure.testing.SeededConferenceTestResource;
import de.thwien.dsr.events.ErasureEvents.RecordingsUnpublished;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.bbb.BbbApiSimulator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SeededConferenceTestResource.class, restrictToAnnotatedClass = true)
class ConsentWithdrawalTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    // Greenlight stores her as Jana.Becker@example.net: the address matches in any case
    private static final Person JANA = new Person("jana.becker@example.net", "Jana Becker");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    private ErasureEventsProbe events;
    private final String caseId = UUID.randomUUID().toString();

    @BeforeEach
    void openProbeAndPublishEverything() {
        events = new ErasureEventsProbe(bootstrapServers);
        BbbApiSimulator bbb = SeededConferenceTestResource.bbb();
        bbb.addRecording(SeededConferenceTestResource.recording("rec-jana-0001", "meeting-jana-1", true));
        bbb.addRecording(SeededConferenceTestResource.recording("rec-jana-0002", "meeting-jana-1", false));
        bbb.addRecording(SeededConferenceTestResource.recording("rec-lukas-0001", "meeting-lukas-1", true));
    }

    @AfterEach
    void closeProbe() {
        events.close();
    }

    @Test
    void aWithdrawalUnpublishesHerPublishedRecordingsWhenTheCaseOpensBeforeVerification() {
        events.requestReceived(caseId, RequestType.CONSENT_WITHDRAWAL, JANA);

        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId, RecordingsUnpublished.class).isEmpty());
        RecordingsUnpublished unpublished = events.erasureEventsOf(caseId, RecordingsUnpublished.class).get(0);
        assertThat(unpublished.store()).isEqualTo("conference");
        // the one already unpublished is not hers to lift later
        assertThat(unpublished.recordIds()).containsExactly("rec-jana-0001");
        assertThat(published("rec-jana-0001")).isFalse();
        assertThat(published("rec-jana-0002")).isFalse();
        assertThat(published("rec-lukas-0001")).as("another person's recording").isTrue();
        assertThat(unpublishedRowsOf(caseId)).containsExactly("conference/rec-jana-0001");
    }

    @Test
    void theSameEventDeliveredAgainUnpublishesNothingAgain() {
        String eventId = events.requestReceived(caseId, RequestType.CONSENT_WITHDRAWAL, JANA);
        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId, RecordingsUnpublished.class).isEmpty());
        // published again by its owner after the withdrawal took effect
        SeededConferenceTestResource.bbb().addRecording(
                SeededConferenceTestResource.recording("rec-jana-0001", "meeting-jana-1", true));

        events.redeliver(eventId);
        String later = events.requestReceived(caseId, RequestType.ACCESS, JANA);
        await().atMost(PATIENCE).until(() -> processed(later));

        assertThat(published("rec-jana-0001")).isTrue();
        assertThat(events.erasureEventsOf(caseId, RecordingsUnpublished.class)).hasSize(1);
        assertThat(unpublishedRowsOf(caseId)).containsExactly("conference/rec-jana-0001");
    }

    @Test
    void anAccessRequestUnpublishesNothing() {
        String eventId = events.requestReceived(caseId, RequestType.ACCESS, JANA);

        await().atMost(PATIENCE).until(() -> processed(eventId));
        assertThat(published("rec-jana-0001")).isTrue();
        assertThat(events.erasureEventsOf(caseId, RecordingsUnpublished.class)).isEmpty();
        assertThat(unpublishedRowsOf(caseId)).isEmpty();
    }

    @Test
    void aLetterTheAssistantSetToAWithdrawalUnpublishesHerRecordingsThenAndOnce() {
        String received = events.requestReceived(caseId, RequestType.UNCLASSIFIED, JANA);
        await().atMost(PATIENCE).until(() -> processed(received));
        assertThat(published("rec-jana-0001")).as("nobody knew yet that she withdrew").isTrue();

        String classified = events.requestClassified(caseId, RequestType.CONSENT_WITHDRAWAL, JANA, null);

        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId, RecordingsUnpublished.class).isEmpty());
        assertThat(events.erasureEventsOf(caseId, RecordingsUnpublished.class).get(0).recordIds())
                .containsExactly("rec-jana-0001");
        assertThat(published("rec-jana-0001")).isFalse();
        assertThat(published("rec-lukas-0001")).as("another person's recording").isTrue();
        assertThat(unpublishedRowsOf(caseId)).containsExactly("conference/rec-jana-0001");

        // published again by its owner: the same event delivered again changes nothing
        SeededConferenceTestResource.bbb().addRecording(
                SeededConferenceTestResource.recording("rec-jana-0001", "meeting-jana-1", true));
        events.redeliver(classified);
        String later = events.requestClassified(caseId, RequestType.ACCESS, JANA, null);
        await().atMost(PATIENCE).until(() -> processed(later));
        assertThat(published("rec-jana-0001")).isTrue();
        assertThat(events.erasureEventsOf(caseId, RecordingsUnpublished.class)).hasSize(1);
    }

    private static boolean published(String recordId) {
        return SeededConferenceTestResource.bbb().recording(recordId).orElseThrow().published();
    }

    private boolean processed(String eventId) {
        return pool.preparedQuery("select 1 from processed_event where event_id = $1")
                .execute(Tuple.of(UUID.fromString(eventId))).await().atMost(PATIENCE).size() > 0;
    }

    private List<String> unpublishedRowsOf(String caseId) {
        List<String> rows = new java.util.ArrayList<>();
        pool.preparedQuery("select store, record_id from unpublished_recording where case_id = $1 order by record_id")
                .execute(Tuple.of(UUID.fromString(caseId))).await().atMost(PATIENCE)
                .forEach(row -> rows.add(row.getString("store") + "/" + row.getString("record_id")));
        return rows;
    }
}

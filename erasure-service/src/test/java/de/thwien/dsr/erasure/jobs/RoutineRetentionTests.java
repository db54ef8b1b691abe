package de.thwien.dsr.erasure.jobs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.erasure.testing.InMemoryConferenceRecordings;
import de.thwien.dsr.erasure.testing.MovableClock;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.OtherInstance;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import de.thwien.dsr.platform.security.OnBehalfOf;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RoutineRetentionTests {

    @Inject
    InMemoryConferenceRecordings recordings;

    @Inject
    Pool pool;

    private final String prefix = UUID.randomUUID().toString();
    // the test clock stands at 2026-11-26T10:00Z: "at most 14 days" is counted from the moment of recording, so one
    // made a minute more than 14 days ago is due and one made 14 days less an hour ago is not, although both were
    // recorded on 12 November
    private final Instant justOver14DaysAgo = MovableClock.DEFAULT_NOW.minus(Duration.ofDays(14).plusMinutes(1));
    private final Instant notYet14DaysAgo = MovableClock.DEFAULT_NOW.minus(Duration.ofDays(14).minusHours(1));

    private JsonPath run(boolean dryRun) {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .queryParam("dryRun", dryRun)
                .when().post("/api/jobs/routine-retention")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void dryRunReportsRecordingsMadeMoreThan14DaysAgoAndDeletesNothing() {
        recordings.add(prefix + "-old", justOver14DaysAgo);
        recordings.add(prefix + "-fresh", notYet14DaysAgo);

        JsonPath report = run(true);

        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(report.getString("report")).contains("would delete recording " + prefix + "-old")
                .contains(InMemoryConferenceRecordings.greenlightRow(prefix + "-old"))
                .doesNotContain(prefix + "-fresh");
        assertThat(recordings.contains(prefix + "-old")).isTrue();
    }

    @Test
    void recordingsAreDeletedOnce14DaysHavePassedSinceTheMomentOfRecordingAndTheRunIsReported() {
        recordings.add(prefix + "-old", justOver14DaysAgo);
        recordings.add(prefix + "-fresh", notYet14DaysAgo);

        JsonPath report = run(false);

        assertThat(report.getString("report")).contains("deleted recording " + prefix + "-old")
                .contains(InMemoryConferenceRecordings.greenlightRow(prefix + "-old"));
        assertThat(recordings.contains(prefix + "-old")).isFalse();
        assertThat(recordings.contains(prefix + "-fresh")).isTrue();
        assertThat(given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/jobs").then().statusCode(200).extract().jsonPath()
                .getList("lastRuns.job")).contains("routine-retention");
    }

    @Test
    void aRecordingDeletedByRoutineRetentionLeavesItsRawMediaPurgeAsATaskWithoutACaseUntilTheAssistantConfirmsIt() {
        recordings.add(prefix + "-old", justOver14DaysAgo);

        run(false);

        String purge = "bbb-record --delete " + prefix + "-old";
        JsonPath jobs = jobs();
        assertThat(jobs.getString("operatorTasks.find { it.instruction == '" + purge + "' }.kind"))
                .isEqualTo("PURGE_RECORDING_MEDIA");
        long taskId = jobs.getLong("operatorTasks.find { it.instruction == '" + purge + "' }.id");
        given().auth().preemptive().basic("dashboard", "demo-dashboard").header(OnBehalfOf.HEADER, "assistant")
                .when().post("/api/jobs/operator-tasks/" + taskId + "/done")
                .then().statusCode(200);
        assertThat(jobs().getList("operatorTasks.instruction")).doesNotContain(purge);
    }

    private JsonPath jobs() {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/jobs").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void nothingIsDeletedWhileAnotherInstanceRunsRoutineRetentionAndTheNextRunDeletes() {
        recordings.add(prefix + "-old", justOver14DaysAgo);

        try (OtherInstance sweeping = OtherInstance.running(
                SingleInstanceJob.named(JobRun.ROUTINE_RETENTION, pool), pool)) {
            given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().post("/api/jobs/routine-retention")
                    .then().statusCode(409).contentType("application/problem+json");
            assertThat(recordings.contains(prefix + "-old")).isTrue();
        }

        assertThat(run(false).getString("report")).contains("deleted recording " + prefix + "-old");
        assertThat(recordings.contains(prefix + "-old")).isFalse();
    }
}

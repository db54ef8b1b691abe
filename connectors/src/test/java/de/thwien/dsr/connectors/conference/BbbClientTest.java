package de.thwien.dsr.connectors.conference;

import de.thwien.dsr.infra.bbb.BbbApiSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class BbbClientTest {

    private static final String SECRET = "simulator-secret";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private BbbApiSimulator simulator;
    private BbbClient client;

    @BeforeEach
    void simulatorWithSeededRecordings() {
        simulator = BbbApiSimulator.start(SECRET);
        GreenlightSeed.into(simulator);
        client = new BbbClient(simulator.apiUrl(), SECRET, BbbChecksum.SHA256, TIMEOUT);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void theChecksumIsTheHexDigestOfCallNameQueryAndSecret() {
        // printf 'getRecordingsmeetingID=abcsecret' | sha256sum (and sha1sum)
        assertThat(BbbChecksum.SHA256.of("getRecordings", "meetingID=abc", "secret"))
                .isEqualTo("1c1b9bd6a6c9d43296f3525623d102c81e67d47dd9e94544ca16ad18656e0c3a");
        assertThat(BbbChecksum.SHA1.of("getRecordings", "meetingID=abc", "secret"))
                .isEqualTo("cc372e894700a269eff74b44ba5d2cf4c7435a84");
    }

    @Test
    void recordingsAreListedByRecordIdAndByMeeting() throws Exception {
        assertThat(client.getRecordingsById(List.of("rec-jana-0001", "rec-jana-0002")))
                .extracting(BbbRecording::recordId, BbbRecording::published)
                .containsExactly(tuple("rec-jana-0001", true),
                        tuple("rec-jana-0002", false));
        assertThat(client.getRecordingsByMeeting(List.of("meeting-lukas-1")))
                .singleElement().satisfies(recording -> {
                    assertThat(recording.participants()).isEqualTo(5);
                    assertThat(recording.playbackUrl()).endsWith("/playback/presentation/2.3/rec-lukas-0001");
                });
    }

    @Test
    void noRecordingsIsAnEmptyListNotAnError() throws Exception {
        assertThat(client.getRecordingsById(List.of("rec-unknown"))).isEmpty();
    }

    @Test
    void deletingRemovesTheRecordingFromBbb() throws Exception {
        assertThat(client.deleteRecordings(List.of("rec-jana-0002"))).isTrue();

        assertThat(simulator.recording("rec-jana-0002")).isEmpty();
        assertThat(client.getRecordingsById(List.of("rec-jana-0002"))).isEmpty();
    }

    @Test
    void unpublishingRestrictsAndPublishingLifts() throws Exception {
        assertThat(client.publishRecordings(List.of("rec-jana-0001"), false)).isTrue();
        assertThat(simulator.recording("rec-jana-0001").orElseThrow().published()).isFalse();

        client.publishRecordings(List.of("rec-jana-0001"), true);
        assertThat(simulator.recording("rec-jana-0001").orElseThrow().published()).isTrue();
    }

    @Test
    void sha1ChecksumsAreAcceptedToo() throws Exception {
        BbbClient sha1 = new BbbClient(simulator.apiUrl(), SECRET, BbbChecksum.SHA1, TIMEOUT);

        assertThat(sha1.getRecordingsById(List.of("rec-jana-0001"))).hasSize(1);
    }

    @Test
    void aWrongSecretGetsFailedChecksumError() {
        BbbClient wrong = new BbbClient(simulator.apiUrl(), "not-the-secret", BbbChecksum.SHA256, TIMEOUT);

        assertThatThrownBy(() -> wrong.getRecordingsById(List.of("rec-jana-0001")))
                .isInstanceOfSatisfying(BbbApiException.class,
                        failure -> assertThat(failure.messageKey()).isEqualTo("checksumError"));
    }

    @Test
    void theSimulatorRejectsAMissingChecksumWithTheDocumentedXml() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(simulator.apiUrl() + "getRecordings?meetingID=x")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).contains("<returncode>FAILED</returncode>")
                .contains("<messageKey>checksumError</messageKey>");
    }

    @Test
    void deletingAnUnknownRecordingIsAFailure() {
        assertThatThrownBy(() -> client.deleteRecordings(List.of("rec-unknown")))
                .isInstanceOfSatisfying(BbbApiException.class,
                        failure -> assertThat(failure.messageKey()).isEqualTo("notFound"));
    }

    @Test
    void anUnreachableServerIsAFailure() {
        BbbClient nowhere = new BbbClient(URI.create("http://127.0.0.1:1/bigbluebutton/api/"), SECRET,
                BbbChecksum.SHA256, TIMEOUT);

        assertThatThrownBy(() -> nowhere.getRecordingsById(List.of("x")))
                .isInstanceOfSatisfying(BbbApiException.class,
                        failure -> assertThat(failure.messageKey()).isEqualTo("unreachable"));
    }

    @Test
    void theSignedQueryEndsWithTheChecksumOfTheEncodedParameters() {
        String query = client.signedQuery("getRecordings", Map.of("meetingID", "a b"));

        assertThat(query).isEqualTo("meetingID=a+b&checksum="
                + BbbChecksum.SHA256.of("getRecordings", "meetingID=a+b", SECRET));
    }
}

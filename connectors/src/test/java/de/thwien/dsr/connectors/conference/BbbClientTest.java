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
import java.time.Instant;
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
    void theHealthCheckAsksGetMeetingsWithTheSecretAndFailsWithAWrongOneOrAFailingServer() throws Exception {
        client.checkReachable();

        BbbClient wrongSecret = new BbbClient(simulator.apiUrl(), "not-the-secret", BbbChecksum.SHA256, TIMEOUT);
        assertThatThrownBy(wrongSecret::checkReachable).isInstanceOf(BbbApiException.class)
                .hasMessage("BBB API getMeetings answered FAILED (checksumError)");
        simulator.answerFailed("internalError");
        assertThatThrownBy(client::checkReachable).isInstanceOf(BbbApiException.class)
                .hasMessage("BBB API getMeetings answered FAILED (internalError)");
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

    // --- the simulator behaves like a real BBB (bbb-common-web ParamsProcessorUtil / RecordingService / ApiController,
    // docs.bigbluebutton.org "API Reference" getRecordings/deleteRecordings/publishRecordings) ---

    @Test
    void deletingIsASoftDeleteThatGetRecordingsWithStateAnyStillListsAsDeleted() throws Exception {
        // RecordingService.changeState(recordId, DELETED): moved to /var/bigbluebutton/deleted, media kept
        client.deleteRecordings(List.of("rec-jana-0002"));

        assertThat(raw("getRecordings", Map.of("recordID", "rec-jana-0002", "state", "any")))
                .contains("<recordID>rec-jana-0002</recordID>").contains("<state>deleted</state>");
        assertThat(simulator.storedRecording("rec-jana-0002")).get()
                .extracting(BbbApiSimulator.SimulatedRecording::state).isEqualTo("deleted");
    }

    @Test
    void theClientTreatsADeletedRecordingAsGoneEverywhereButWhereItAsksForDeletedOnes() throws Exception {
        client.deleteRecordings(List.of("rec-jana-0002"));

        assertThat(client.getRecordingsById(List.of("rec-jana-0002"))).isEmpty();
        assertThat(client.getRecordingsByMeeting(List.of("meeting-jana-1"))).extracting(BbbRecording::recordId)
                .containsExactly("rec-jana-0001");
        assertThat(client.getAllRecordings()).extracting(BbbRecording::recordId)
                .doesNotContain("rec-jana-0002");
        assertThat(client.getRecordingsByIdIncludingDeleted(List.of("rec-jana-0002")))
                .singleElement().extracting(BbbRecording::state).isEqualTo(BbbClient.DELETED);
    }

    @Test
    void aRecordingStillProcessingAnswersNotFoundToDeleteAndIsListedAsProcessing() throws Exception {
        // ApiController.deleteRecordings: notFound unless a published/unpublished recording has the id
        simulator.addRecording(processing("rec-new-0001"));

        assertThatThrownBy(() -> client.deleteRecordings(List.of("rec-new-0001")))
                .isInstanceOfSatisfying(BbbApiException.class,
                        failure -> assertThat(failure.messageKey()).isEqualTo("notFound"));
        assertThat(client.getRecordingsById(List.of("rec-new-0001")))
                .singleElement().extracting(BbbRecording::state).isEqualTo("processing");
    }

    @Test
    void aServerThatDoesNotAllowFetchingAllAnswersNoRecordingsToACallWithoutIdsOrPaging() throws Exception {
        // bigbluebutton.properties allowFetchAllRecordings=false (BBB 2.6+)
        simulator.allowFetchAllRecordings(false);

        assertThat(raw("getRecordings", Map.of("state", "any"))).contains("<messageKey>noRecordings</messageKey>")
                .doesNotContain("<recording>");
    }

    @Test
    void allRecordingsAreFetchedPageByPageWithOffsetAndLimit() throws Exception {
        simulator.allowFetchAllRecordings(false);
        for (int i = 0; i < 230; i++) {
            simulator.addRecording(new BbbApiSimulator.SimulatedRecording(String.format("rec-bulk-%04d", i),
                    "meeting-bulk", "Bulk", true, Instant.parse("2024-03-01T10:00:00Z"),
                    Instant.parse("2024-03-01T11:00:00Z"), 2));
        }

        assertThat(client.getAllRecordings()).hasSize(233).extracting(BbbRecording::recordId).doesNotHaveDuplicates();
    }

    @Test
    void aMeetingsRecordingsAreFetchedPageByPageOnAServerThatDoesNotAllowFetchingAll() throws Exception {
        simulator.allowFetchAllRecordings(false);
        for (int i = 0; i < 230; i++) {
            simulator.addRecording(new BbbApiSimulator.SimulatedRecording(String.format("rec-bulk-%04d", i),
                    "meeting-bulk", "Bulk", true, null, null, 2));
        }

        assertThat(client.getRecordingsByMeeting(List.of("meeting-bulk"))).hasSize(230)
                .extracting(BbbRecording::recordId).doesNotHaveDuplicates();
        assertThat(client.getRecordingsByMeeting(List.of("meeting-jana-1"))).extracting(BbbRecording::recordId)
                .containsExactlyInAnyOrder("rec-jana-0001", "rec-jana-0002");
    }

    @Test
    void aPageHoldsAtMostOneHundredRecordings() throws Exception {
        for (int i = 0; i < 120; i++) {
            simulator.addRecording(new BbbApiSimulator.SimulatedRecording(String.format("rec-bulk-%04d", i),
                    "meeting-bulk", "Bulk", true, null, null, 2));
        }

        assertThat(raw("getRecordings", Map.of("offset", "0", "limit", "500")).split("<recording>", -1))
                .hasSize(BbbApiSimulator.MAX_LIMIT + 1);
    }

    @Test
    void recordIdMatchesAsAPrefixAndWinsOverMeetingId() throws Exception {
        // docs getRecordings: "If a recordID is specified, the meetingID is ignored"; ids match as prefixes
        String answer = raw("getRecordings", Map.of("recordID", "rec-jana", "meetingID", "meeting-lukas-1"));

        assertThat(answer).contains("<recordID>rec-jana-0001</recordID>", "<recordID>rec-jana-0002</recordID>")
                .doesNotContain("rec-lukas-0001");
    }

    @Test
    void theClientKeepsOnlyTheExactRecordIdsItAskedFor() throws Exception {
        assertThat(client.getRecordingsById(List.of("rec-jana-000"))).isEmpty();
    }

    @Test
    void publishRecordingsEchoesTheRequestedValue() throws Exception {
        assertThat(raw("publishRecordings", Map.of("recordID", "rec-jana-0001", "publish", "false")))
                .contains("<published>false</published>");
    }

    @Test
    void sha384AndSha512ChecksumsAreAccepted() throws Exception {
        // ParamsProcessorUtil.isChecksumSame: the algorithm follows the length (40, 64, 96, 128)
        for (BbbChecksum algorithm : List.of(BbbChecksum.SHA384, BbbChecksum.SHA512)) {
            assertThat(new BbbClient(simulator.apiUrl(), SECRET, algorithm, TIMEOUT)
                    .getRecordingsById(List.of("rec-jana-0001"))).as(algorithm.name()).hasSize(1);
        }
    }

    @Test
    void theChecksumIsComparedCaseInsensitivelyAndMayStandAnywhereInTheQuery() throws Exception {
        // ParamsProcessorUtil.isChecksumSame: removes "checksum=…" wherever it stands, equalsIgnoreCase
        String query = "recordID=rec-jana-0001&state=any";
        String upper = BbbChecksum.SHA256.of("getRecordings", query, SECRET).toUpperCase(java.util.Locale.ROOT);

        assertThat(get("getRecordings?checksum=" + upper + "&" + query)).contains("<returncode>SUCCESS</returncode>")
                .contains("<recordID>rec-jana-0001</recordID>");
    }

    private static BbbApiSimulator.SimulatedRecording processing(String recordId) {
        return new BbbApiSimulator.SimulatedRecording(recordId, "meeting-jana-1", "Neu", false,
                Instant.parse("2024-03-01T10:00:00Z"), Instant.parse("2024-03-01T11:00:00Z"), 2, "processing");
    }

    private String raw(String call, Map<String, String> parameters) throws Exception {
        return get(call + "?" + client.signedQuery(call, new java.util.LinkedHashMap<>(parameters)));
    }

    private String get(String callAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(simulator.apiUrl() + callAndQuery))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}

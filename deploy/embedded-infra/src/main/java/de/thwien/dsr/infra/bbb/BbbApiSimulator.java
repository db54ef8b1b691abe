package de.thwien.dsr.infra.bbb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * A SIMULATOR of the BigBlueButton API, for tests and the local stack only: no meetings, no media.
 * It answers {@code getRecordings}, {@code deleteRecordings}, {@code publishRecordings} (and {@code getMeetings},
 * always without meetings) with the
 * documented XML, keeps recordings in memory and behaves like a real server (BBB 2.6+/3.0) where our
 * connectors depend on it:
 * <ul>
 * <li>checksum: hex SHA-1, SHA-256, SHA-384 or SHA-512 (chosen by its length) of call name + query string
 * without the checksum parameter + shared secret, compared case-insensitively, the checksum anywhere in the
 * query (bbb-common-web {@code ParamsProcessorUtil.isChecksumSame}); else {@code FAILED/checksumError};</li>
 * <li>{@code deleteRecordings} is a soft delete: the recording moves to state {@code deleted} and
 * {@code getRecordings?state=any} still lists it (bbb-common-web {@code RecordingService.changeState} moves
 * it to /var/bigbluebutton/deleted; the media stay until {@code bbb-record --delete});</li>
 * <li>delete and publish act only on published/unpublished recordings and answer {@code notFound} only when
 * none of the ids is one (a recording still processing or already deleted is not); the others are left as
 * they are;</li>
 * <li>{@code getRecordings}: {@code recordID} matches as a prefix and wins over {@code meetingID}; {@code state}
 * defaults to published,unpublished, {@code any} lists every state; paging by {@code offset}/{@code limit}
 * (at most 100); with {@code allowFetchAllRecordings=false} a call without ids and without paging answers
 * {@code noRecordings} (docs.bigbluebutton.org, API reference getRecordings, and the administration guide
 * "Allow all recordings to be returned");</li>
 * <li>{@code publishRecordings} echoes the requested {@code publish} value in {@code <published>}.</li>
 * </ul>
 * {@link #answerFailed} makes every call fail, to test how a broken BBB is reported.
 */
public final class BbbApiSimulator implements AutoCloseable {

    public static final String API_PATH = "/bigbluebutton/api/";

    /** Page size limit of getRecordings. */
    public static final int MAX_LIMIT = 100;

    /** A recording as the simulator holds it; {@code state} as getRecordings reports it. */
    public record SimulatedRecording(String recordId, String meetingId, String name, boolean published,
            Instant startTime, Instant endTime, int participants, String state) {

        /** A processed recording, published or not. */
        public SimulatedRecording(String recordId, String meetingId, String name, boolean published,
                Instant startTime, Instant endTime, int participants) {
            this(recordId, meetingId, name, published, startTime, endTime, participants,
                    published ? "published" : "unpublished");
        }

        SimulatedRecording inState(String newState) {
            return new SimulatedRecording(recordId, meetingId, name, "published".equals(newState), startTime,
                    endTime, participants, newState);
        }

        boolean processed() {
            return "published".equals(state) || "unpublished".equals(state);
        }
    }

    private final HttpServer server;
    private final String secret;
    private final Map<String, SimulatedRecording> recordings = new ConcurrentHashMap<>();
    private final AtomicReference<String> failWith = new AtomicReference<>();
    private volatile boolean allowFetchAllRecordings = true;

    private BbbApiSimulator(HttpServer server, String secret) {
        this.server = server;
        this.secret = secret;
    }

    /** Starts on a free loopback port. */
    public static BbbApiSimulator start(String secret) {
        return start(secret, 0);
    }

    public static BbbApiSimulator start(String secret, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            BbbApiSimulator simulator = new BbbApiSimulator(server, secret);
            server.createContext(API_PATH, simulator::handle);
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new IllegalStateException("BBB API simulator did not start", e);
        }
    }

    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + API_PATH);
    }

    public void addRecording(SimulatedRecording recording) {
        recordings.put(recording.recordId(), recording);
    }

    /** The recording unless it was deleted (soft-deleted recordings: {@link #storedRecording}). */
    public Optional<SimulatedRecording> recording(String recordId) {
        return storedRecording(recordId).filter(recording -> !"deleted".equals(recording.state()));
    }

    /** The recording in any state, {@code deleted} included: what is still on the server's disk. */
    public Optional<SimulatedRecording> storedRecording(String recordId) {
        return Optional.ofNullable(recordings.get(recordId));
    }

    /** bigbluebutton.properties {@code allowFetchAllRecordings} (default true). */
    public void allowFetchAllRecordings(boolean allowed) {
        allowFetchAllRecordings = allowed;
    }

    /** Every call answers FAILED with this message key until {@code null} is set again. */
    public void answerFailed(String messageKey) {
        failWith.set(messageKey);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String call = exchange.getRequestURI().getPath().substring(API_PATH.length());
            String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
            String xml = answer(call, rawQuery);
            byte[] body = xml.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml;charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private String answer(String call, String rawQuery) {
        if (!checksumValid(call, rawQuery)) {
            return failed("checksumError", "You did not pass the checksum security check");
        }
        String failure = failWith.get();
        if (failure != null) {
            return failed(failure, "The simulator was told to fail");
        }
        Map<String, String> parameters = parameters(rawQuery);
        return switch (call) {
            case "getRecordings" -> getRecordings(parameters);
            case "deleteRecordings" -> deleteRecordings(parameters);
            case "publishRecordings" -> publishRecordings(parameters);
            // no meeting is ever running here; BBB answers an empty list so
            case "getMeetings" -> "<response><returncode>SUCCESS</returncode><meetings/><messageKey>noMeetings"
                    + "</messageKey><message>no meetings were found on this server</message></response>";
            default -> failed("unsupportedRequest", "This request is not supported by the simulator");
        };
    }

    private String getRecordings(Map<String, String> parameters) {
        List<String> recordIds = list(parameters.get("recordID"));
        List<String> meetingIds = recordIds.isEmpty() ? list(parameters.get("meetingID")) : List.of();
        boolean paged = parameters.containsKey("offset") || parameters.containsKey("limit");
        if (recordIds.isEmpty() && meetingIds.isEmpty() && !paged && !allowFetchAllRecordings) {
            return noRecordings();
        }
        List<String> states = list(parameters.getOrDefault("state", "published,unpublished"));
        int offset = number(parameters.get("offset"), 0);
        int limit = Math.min(number(parameters.get("limit"), Integer.MAX_VALUE), MAX_LIMIT);
        if (!paged) {
            limit = Integer.MAX_VALUE;
        }
        List<SimulatedRecording> matching = recordings.values().stream()
                .filter(recording -> recordIds.isEmpty()
                        || recordIds.stream().anyMatch(id -> recording.recordId().startsWith(id)))
                .filter(recording -> meetingIds.isEmpty() || meetingIds.contains(recording.meetingId()))
                .filter(recording -> states.contains("any") || states.contains(recording.state()))
                .sorted(Comparator.comparing(SimulatedRecording::recordId))
                .skip(offset)
                .limit(limit)
                .toList();
        if (matching.isEmpty()) {
            return noRecordings();
        }
        StringBuilder xml = new StringBuilder("<response><returncode>SUCCESS</returncode><recordings>");
        for (SimulatedRecording recording : matching) {
            xml.append("<recording>")
                    .append(element("recordID", recording.recordId()))
                    .append(element("meetingID", recording.meetingId()))
                    .append(element("name", recording.name()))
                    .append(element("published", Boolean.toString(recording.published())))
                    .append(element("state", recording.state()))
                    .append(element("startTime", millis(recording.startTime())))
                    .append(element("endTime", millis(recording.endTime())))
                    .append(element("participants", Integer.toString(recording.participants())))
                    .append("<playback><format><type>presentation</type>")
                    .append(element("url", "http://127.0.0.1:" + server.getAddress().getPort()
                            + "/playback/presentation/2.3/" + recording.recordId()))
                    .append("</format></playback></recording>");
        }
        return xml.append("</recordings></response>").toString();
    }

    private static String noRecordings() {
        return "<response><returncode>SUCCESS</returncode><recordings></recordings>"
                + "<messageKey>noRecordings</messageKey>"
                + "<message>There are no recordings for the meeting(s).</message></response>";
    }

    private String deleteRecordings(Map<String, String> parameters) {
        List<String> recordIds = list(parameters.get("recordID"));
        if (recordIds.isEmpty()) {
            return failed("missingParamRecordID", "You must pass a recordID");
        }
        if (!anyProcessed(recordIds)) {
            return failed("notFound", "We could not find recordings");
        }
        // as ApiController: notFound only when none of them exists; the others are left as they are
        recordIds.forEach(id -> recordings.computeIfPresent(id,
                (key, recording) -> recording.processed() ? recording.inState("deleted") : recording));
        return "<response><returncode>SUCCESS</returncode><deleted>true</deleted></response>";
    }

    private String publishRecordings(Map<String, String> parameters) {
        List<String> recordIds = list(parameters.get("recordID"));
        String publish = parameters.get("publish");
        if (recordIds.isEmpty()) {
            return failed("missingParamRecordID", "You must pass a recordID");
        }
        if (publish == null) {
            return failed("missingParamPublish", "You must pass a publish value true or false");
        }
        if (!anyProcessed(recordIds)) {
            return failed("notFound", "We could not find recordings");
        }
        boolean published = Boolean.parseBoolean(publish);
        recordIds.forEach(id -> recordings.computeIfPresent(id, (key, recording) -> recording.processed()
                ? recording.inState(published ? "published" : "unpublished") : recording));
        return "<response><returncode>SUCCESS</returncode>" + element("published", Boolean.toString(published))
                + "</response>";
    }

    private boolean anyProcessed(List<String> recordIds) {
        return recordIds.stream().anyMatch(id -> recordings.containsKey(id) && recordings.get(id).processed());
    }

    private boolean checksumValid(String call, String rawQuery) {
        String given = parameters(rawQuery).get("checksum");
        if (given == null) {
            return false;
        }
        // as ParamsProcessorUtil.isChecksumSame: the checksum parameter removed wherever it stands
        String signed = rawQuery.replace("&checksum=" + given, "").replace("checksum=" + given + "&", "")
                .replace("checksum=" + given, "");
        String algorithm = switch (given.length()) {
            case 40 -> "SHA-1";
            case 64 -> "SHA-256";
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> null;
        };
        return algorithm != null && hex(algorithm, call + signed + secret).equalsIgnoreCase(given);
    }

    private static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null ? otherwise : Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).collect(Collectors.toList());
    }

    private static String failed(String messageKey, String message) {
        return "<response><returncode>FAILED</returncode>" + element("messageKey", messageKey)
                + element("message", message) + "</response>";
    }

    private static String element(String name, String value) {
        String escaped = value == null ? "" : value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<" + name + ">" + escaped + "</" + name + ">";
    }

    private static String millis(Instant instant) {
        return instant == null ? "" : Long.toString(instant.toEpochMilli());
    }
}

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
 * It answers {@code getRecordings}, {@code deleteRecordings} and {@code publishRecordings} with the
 * documented XML, keeps recordings in memory, validates the checksum (SHA-256 or SHA-1 of call name
 * + query string + shared secret) and answers {@code FAILED/checksumError} to a wrong one.
 * {@link #answerFailed} makes every call fail, to test how a broken BBB is reported.
 */
public final class BbbApiSimulator implements AutoCloseable {

    public static final String API_PATH = "/bigbluebutton/api/";

    /** A recording as the simulator holds it. */
    public record SimulatedRecording(String recordId, String meetingId, String name, boolean published,
            Instant startTime, Instant endTime, int participants) {
    }

    private final HttpServer server;
    private final String secret;
    private final Map<String, SimulatedRecording> recordings = new ConcurrentHashMap<>();
    private final AtomicReference<String> failWith = new AtomicReference<>();

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

    public Optional<SimulatedRecording> recording(String recordId) {
        return Optional.ofNullable(recordings.get(recordId));
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
            default -> failed("unsupportedRequest", "This request is not supported by the simulator");
        };
    }

    private String getRecordings(Map<String, String> parameters) {
        List<String> recordIds = list(parameters.get("recordID"));
        List<String> meetingIds = list(parameters.get("meetingID"));
        List<SimulatedRecording> matching = recordings.values().stream()
                .filter(recording -> recordIds.isEmpty() || recordIds.contains(recording.recordId()))
                .filter(recording -> meetingIds.isEmpty() || meetingIds.contains(recording.meetingId()))
                .sorted(Comparator.comparing(SimulatedRecording::recordId))
                .toList();
        if (matching.isEmpty()) {
            return "<response><returncode>SUCCESS</returncode><recordings></recordings>"
                    + "<messageKey>noRecordings</messageKey>"
                    + "<message>There are no recordings for the meeting(s).</message></response>";
        }
        StringBuilder xml = new StringBuilder("<response><returncode>SUCCESS</returncode><recordings>");
        for (SimulatedRecording recording : matching) {
            xml.append("<recording>")
                    .append(element("recordID", recording.recordId()))
                    .append(element("meetingID", recording.meetingId()))
                    .append(element("name", recording.name()))
                    .append(element("published", Boolean.toString(recording.published())))
                    .append(element("state", recording.published() ? "published" : "unpublished"))
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

    private String deleteRecordings(Map<String, String> parameters) {
        List<String> recordIds = list(parameters.get("recordID"));
        if (recordIds.isEmpty()) {
            return failed("missingParamRecordID", "You must pass a recordID");
        }
        if (!recordIds.stream().allMatch(recordings::containsKey)) {
            return failed("notFound", "We could not find recordings");
        }
        recordIds.forEach(recordings::remove);
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
        if (!recordIds.stream().allMatch(recordings::containsKey)) {
            return failed("notFound", "We could not find recordings");
        }
        boolean published = Boolean.parseBoolean(publish);
        recordIds.forEach(id -> recordings.computeIfPresent(id, (key, recording) -> new SimulatedRecording(
                recording.recordId(), recording.meetingId(), recording.name(), published, recording.startTime(),
                recording.endTime(), recording.participants())));
        return "<response><returncode>SUCCESS</returncode><published>true</published></response>";
    }

    private boolean checksumValid(String call, String rawQuery) {
        int at = rawQuery.lastIndexOf("checksum=");
        if (at < 0) {
            return false;
        }
        String given = rawQuery.substring(at + "checksum=".length());
        String signed = at == 0 ? "" : rawQuery.substring(0, at - 1);
        String algorithm = given.length() == 40 ? "SHA-1" : "SHA-256";
        return MessageDigest.isEqual(hex(algorithm, call + signed + secret).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
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

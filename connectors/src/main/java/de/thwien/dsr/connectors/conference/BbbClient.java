package de.thwien.dsr.connectors.conference;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Client for the BigBlueButton API calls the DSR needs: {@code getRecordings},
 * {@code deleteRecordings} and {@code publishRecordings}, and {@code getMeetings} as the health check. Every call carries the checksum;
 * an answer with {@code returncode} FAILED (or anything but a SUCCESS document) is a
 * {@link BbbApiException}, never an empty result.
 *
 * @param apiUrl base URL ending in {@code /bigbluebutton/api/}
 */
public final class BbbClient {

    private final URI apiUrl;
    private final String secret;
    private final BbbChecksum checksum;
    private final Duration timeout;
    private final HttpClient http;

    public BbbClient(URI apiUrl, String secret, BbbChecksum checksum, Duration timeout) {
        String base = apiUrl.toString();
        this.apiUrl = URI.create(base.endsWith("/") ? base : base + "/");
        this.secret = secret;
        this.checksum = checksum;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The BBB server's host name, for the operator's instructions (never the secret). */
    public String host() {
        return apiUrl.getHost();
    }

    /** Page size of getRecordings: BBB returns at most 100 per call ({@code limit}). */
    static final int PAGE_SIZE = 100;
    /** The state of a recording after {@code deleteRecordings}: a soft delete, the media are still on disk. */
    public static final String DELETED = "deleted";

    /**
     * Recordings with these record ids, in any state but deleted (published, unpublished, processing …).
     * BBB matches {@code recordID} as a prefix: only exact ids are returned.
     */
    public List<BbbRecording> getRecordingsById(Collection<String> recordIds) throws BbbApiException {
        return withoutDeleted(getRecordingsByIdIncludingDeleted(recordIds));
    }

    /** As {@link #getRecordingsById}, deleted ones included (state {@value #DELETED}). */
    public List<BbbRecording> getRecordingsByIdIncludingDeleted(Collection<String> recordIds) throws BbbApiException {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return recordings(call("getRecordings", Map.of("recordID", String.join(",", recordIds), "state", "any")))
                .stream().filter(recording -> recordIds.contains(recording.recordId())).toList();
    }

    /**
     * Every recording the server holds, in any state but deleted (for routine retention), page by page: a
     * server with {@code allowFetchAllRecordings=false} answers a call without ids and paging with nothing.
     */
    public List<BbbRecording> getAllRecordings() throws BbbApiException {
        return withoutDeleted(pages(Map.of("state", "any")));
    }

    /**
     * Recordings of these meetings (Greenlight's {@code rooms.meeting_id}), in any state but deleted, page by page:
     * also those Greenlight has no row for yet (its RecordingsSync has not run).
     */
    public List<BbbRecording> getRecordingsByMeeting(Collection<String> meetingIds) throws BbbApiException {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return withoutDeleted(pages(Map.of("meetingID", String.join(",", meetingIds), "state", "any")).stream()
                .filter(recording -> meetingIds.contains(recording.meetingId())).toList());
    }

    /** getRecordings with {@code offset}/{@code limit} until a page is not full (BBB returns at most 100). */
    private List<BbbRecording> pages(Map<String, String> query) throws BbbApiException {
        List<BbbRecording> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE_SIZE) {
            Map<String, String> parameters = new LinkedHashMap<>(query);
            parameters.put("offset", Integer.toString(offset));
            parameters.put("limit", Integer.toString(PAGE_SIZE));
            List<BbbRecording> page = recordings(call("getRecordings", parameters));
            all.addAll(page);
            if (page.size() < PAGE_SIZE) {
                return all;
            }
        }
    }

    /**
     * @return whether BBB reports the recordings deleted. BBB only moves them to state {@value #DELETED}; a
     *         {@code notFound} answer does not say they are gone (a recording still processing answers it too).
     */
    public boolean deleteRecordings(Collection<String> recordIds) throws BbbApiException {
        return "true".equals(text(call("deleteRecordings", Map.of("recordID", String.join(",", recordIds)))
                .getDocumentElement(), "deleted"));
    }

    private static List<BbbRecording> withoutDeleted(List<BbbRecording> recordings) {
        return recordings.stream().filter(recording -> !DELETED.equals(recording.state())).toList();
    }

    /** {@code publish=false} takes recordings out of playback (restriction); {@code true} lifts it. */
    public boolean publishRecordings(Collection<String> recordIds, boolean publish) throws BbbApiException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("recordID", String.join(",", recordIds));
        parameters.put("publish", Boolean.toString(publish));
        // BBB echoes the requested value in <published>: any SUCCESS answer is the confirmation
        call("publishRecordings", parameters);
        return true;
    }

    /**
     * Whether the API answers with the shared secret: {@code getMeetings}, the cheapest signed call (the health check's
     * question; the meetings themselves are not read).
     */
    public void checkReachable() throws BbbApiException {
        call("getMeetings", Map.of());
    }

    /** The query string with checksum for a call; also what the simulator's tests sign with. */
    public String signedQuery(String callName, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        String sum = checksum.of(callName, query, secret);
        return query.isEmpty() ? "checksum=" + sum : query + "&checksum=" + sum;
    }

    private Document call(String callName, Map<String, String> parameters) throws BbbApiException {
        URI uri = apiUrl.resolve(callName + "?" + signedQuery(callName, new LinkedHashMap<>(parameters)));
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new BbbApiException("unreachable", "BBB API unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BbbApiException("interrupted", "BBB API call interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new BbbApiException("http" + response.statusCode(), "BBB API answered HTTP " + response.statusCode(),
                    null);
        }
        Document document = parse(response.body());
        Element root = document.getDocumentElement();
        String returnCode = text(root, "returncode");
        if (!"SUCCESS".equals(returnCode)) {
            String key = text(root, "messageKey");
            throw new BbbApiException(key == null ? "noReturnCode" : key,
                    "BBB API " + callName + " answered " + returnCode + " (" + key + ")", null);
        }
        return document;
    }

    private static List<BbbRecording> recordings(Document document) {
        List<BbbRecording> recordings = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName("recording");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element recording = (Element) nodes.item(i);
            recordings.add(new BbbRecording(
                    text(recording, "recordID"),
                    text(recording, "meetingID"),
                    text(recording, "name"),
                    "true".equals(text(recording, "published")),
                    text(recording, "state"),
                    epochMillis(text(recording, "startTime")),
                    epochMillis(text(recording, "endTime")),
                    parseInt(text(recording, "participants")),
                    playbackUrl(recording)));
        }
        return recordings;
    }

    private static String playbackUrl(Element recording) {
        NodeList urls = recording.getElementsByTagName("url");
        return urls.getLength() == 0 ? null : urls.item(0).getTextContent().trim();
    }

    /** Text of the first direct child element with that name. */
    private static String text(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }

    private static Document parse(byte[] body) throws BbbApiException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // BBB answers are small documents without DTDs: refuse external entities altogether
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(body));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new BbbApiException("badResponse", "BBB API answered no XML document", e);
        }
    }

    private static Instant epochMillis(String text) {
        try {
            return text == null || text.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int parseInt(String text) {
        try {
            return text == null || text.isEmpty() ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

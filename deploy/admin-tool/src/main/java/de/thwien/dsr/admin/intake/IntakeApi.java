package de.thwien.dsr.admin.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.admin.console.ToolFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * intake-service's owner API (README, "Dead letters" and "Crypto-shredding"): the tool calls it instead of touching
 * topics or tables itself, so a replay or a rotation goes through the same checks (once only, recorded, audited) as
 * from curl.
 */
public final class IntakeApi {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public IntakeApi(URI base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Dead letters, newest first (at most 500); {@code status} null for all. */
    public List<JsonNode> deadLetters(String status) {
        JsonNode list = send("GET", "/api/dead-letters" + (status == null ? "" : "?status=" + status));
        List<JsonNode> letters = new ArrayList<>();
        list.forEach(letters::add);
        return letters;
    }

    public JsonNode replay(long deadLetterId) {
        return send("POST", "/api/dead-letters/" + deadLetterId + "/replay");
    }

    /** Counts of keys per master key id. */
    public JsonNode keyringStatus() {
        return send("GET", "/api/admin/keyring");
    }

    /** @param batches null for all keys */
    public JsonNode rotateMasterKey(Integer batches) {
        return send("POST", "/api/admin/keyring/rotate" + (batches == null ? "" : "?batches=" + batches));
    }

    private JsonNode send(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ToolFailure("intake-service at " + base + " is not reachable (" + e.getClass().getSimpleName()
                    + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolFailure("interrupted");
        }
        JsonNode body = parsed(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new ToolFailure(method + " " + path + " answered " + response.statusCode()
                    + (body.hasNonNull("title") ? " " + body.get("title").asText() : "")
                    + (body.hasNonNull("detail") ? ": " + body.get("detail").asText() : ""));
        }
        return body;
    }

    private static JsonNode parsed(String body) {
        if (body == null || body.isBlank()) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return MAPPER.createObjectNode();
        }
    }
}

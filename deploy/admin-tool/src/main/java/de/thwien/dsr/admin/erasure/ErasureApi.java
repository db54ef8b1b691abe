package de.thwien.dsr.admin.erasure;

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
import java.util.Base64;
import java.util.Optional;

/**
 * erasure-service's restore-check API (README, "Backups"): the tool calls it, so a run after a restore goes through
 * the same store operations, proof and audit trail as the daily run and the dashboard's button.
 */
public final class ErasureApi {

    /** A check lists every record of every store: on a large mailbox it takes minutes. */
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ErasureApi(URI base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Runs the restore check now; its report. */
    public JsonNode runRestoreCheck() {
        return send("POST", "/api/restore-check");
    }

    /** The last run's report; empty when the check has never run (erasure-service answers 404). */
    public Optional<JsonNode> lastRestoreCheck() {
        return Optional.ofNullable(send("GET", "/api/restore-check/last", true));
    }

    private JsonNode send(String method, String path) {
        return send(method, path, false);
    }

    /** The answer's body; null for a 404 when {@code notFoundIsEmpty}; any other non-2xx answer fails the tool. */
    private JsonNode send(String method, String path, boolean notFoundIsEmpty) {
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
            throw new ToolFailure("erasure-service at " + base + " is not reachable (" + e.getClass().getSimpleName()
                    + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolFailure("interrupted");
        }
        if (notFoundIsEmpty && response.statusCode() == 404) {
            return null;
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

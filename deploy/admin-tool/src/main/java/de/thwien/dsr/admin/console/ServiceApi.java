package de.thwien.dsr.admin.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * One service's owner API, called with the owner's basic credentials: JSON answers, and a non-2xx answer ends the
 * tool with the problem's title and detail.
 */
public final class ServiceApi {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String service;
    private final URI base;
    private final Duration timeout;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ServiceApi(String service, URI base, String user, String password, Duration timeout) {
        this.service = service;
        this.base = base;
        this.timeout = timeout;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The answer's body (an empty object when it has none). */
    public JsonNode send(String method, String path) {
        return answer(method, path, false).orElseThrow();
    }

    /** As {@link #send}, but empty when the service answers 404. */
    public Optional<JsonNode> sendOrEmptyIfNotFound(String method, String path) {
        return answer(method, path, true);
    }

    private Optional<JsonNode> answer(String method, String path, boolean notFoundIsEmpty) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ToolFailure(service + " at " + base + " is not reachable (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolFailure("interrupted");
        }
        if (notFoundIsEmpty && response.statusCode() == 404) {
            return Optional.empty();
        }
        JsonNode body = parsed(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new ToolFailure(method + " " + path + " answered " + response.statusCode()
                    + (body.hasNonNull("title") ? " " + body.get("title").asText() : "")
                    + (body.hasNonNull("detail") ? ": " + body.get("detail").asText() : ""));
        }
        return Optional.of(body);
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

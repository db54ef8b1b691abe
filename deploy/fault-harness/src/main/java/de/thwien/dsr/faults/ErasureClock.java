package de.thwien.dsr.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Moves erasure-service's clock forward through its local-stack-only {@code POST /api/clock/advance} (admin). */
final class ErasureClock {

    private static final String OWNER = "Basic " + Base64.getEncoder()
            .encodeToString("owner:demo-owner".getBytes(StandardCharsets.UTF_8));

    private final String erasureUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    ErasureClock(String erasureUrl) {
        this.erasureUrl = erasureUrl;
    }

    void advance(Duration by) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(erasureUrl + "/api/clock/advance?by=" + by))
                    .header("Authorization", OWNER).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the clock did not move: " + response.statusCode() + " "
                        + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("erasure-service not reachable to move its clock", e);
        }
    }
}

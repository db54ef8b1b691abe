package de.thwien.dsr.intake.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.platform.security.OnBehalfOf;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Server-side calls to erasure-service, subject-index-service and notifier-service with the dashboard's service login. A service
 * that is not configured, not reachable or answers with an error gives an empty answer, which the pages show as
 * "not available": the rest of the dashboard keeps working.
 */
@ApplicationScoped
public class ServiceCalls {

    private static final Logger LOG = Logger.getLogger(ServiceCalls.class);

    /** The answer of a call: the JSON body (maps and lists) or the status and problem detail of a refusal. */
    public record Answer(int status, Object body, String problem) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final DashboardConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public ServiceCalls(DashboardConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.serviceTimeout()).build();
    }

    public Uni<Optional<Answer>> erasure(String method, String path, Object body) {
        return call(config.erasureBaseUrl(), method, path, body, null);
    }

    /**
     * A decision the logged-in assistant took: the service login names her, so erasure-service's audit trail does
     * (the service login needs the role {@value OnBehalfOf#SERVICE_ROLE} there).
     */
    public Uni<Optional<Answer>> erasureDecision(String assistant, String path, Object body) {
        return call(config.erasureBaseUrl(), "POST", path, body, assistant);
    }

    public Uni<Optional<Answer>> index(String method, String path) {
        return call(config.indexBaseUrl(), method, path, null, null);
    }

    public Uni<Optional<Answer>> notifier(String path) {
        return call(config.notifierBaseUrl(), "GET", path, null, null);
    }

    private Uni<Optional<Answer>> call(Optional<String> baseUrl, String method, String path, Object body,
            String onBehalfOf) {
        if (baseUrl.isEmpty() || baseUrl.get().isBlank()) {
            return Uni.createFrom().item(Optional.empty());
        }
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
                    .timeout(config.serviceTimeout()).header("Accept", "application/json");
            if (config.serviceUsername().isPresent()) {
                String login = config.serviceUsername().get() + ":" + config.servicePassword().orElse("");
                builder.header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
            }
            if (onBehalfOf != null) {
                builder.header(OnBehalfOf.HEADER, onBehalfOf);
            }
            if (body == null) {
                builder.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                builder.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            }
            request = builder.build();
        } catch (Exception e) {
            LOG.warnf("dashboard service call %s %s could not be built: %s", method, path, e.getMessage());
            return Uni.createFrom().item(Optional.empty());
        }
        // the answer arrives on the HTTP client's thread; go on on the caller's Vert.x context, where its reactive
        // database session lives
        Context caller = Vertx.currentContext();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .emitOn(task -> {
                    if (caller == null) {
                        task.run();
                    } else {
                        caller.runOnContext(ignored -> task.run());
                    }
                })
                .map(response -> Optional.of(answer(response)))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("dashboard service call %s %s failed: %s", method, path, failure.toString());
                    return Optional.empty();
                });
    }

    private Answer answer(HttpResponse<String> response) {
        Object body = null;
        String problem = null;
        try {
            body = response.body() == null || response.body().isBlank() ? null
                    : json.readValue(response.body(), Object.class);
        } catch (Exception e) {
            // not JSON: keep the status only
        }
        if (body instanceof Map<?, ?> map && map.get("detail") != null) {
            problem = String.valueOf(map.get("detail"));
        }
        return new Answer(response.statusCode(), body, problem);
    }
}

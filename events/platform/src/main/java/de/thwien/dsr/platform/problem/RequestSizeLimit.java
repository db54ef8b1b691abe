package de.thwien.dsr.platform.problem;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies over the configured size with 413 problem+json before they are read.
 * Chunked bodies without a length are cut by {@code quarkus.http.limits.max-body-size}.
 */
public class RequestSizeLimit {

    private static final int BEFORE_EVERYTHING_ELSE = 1000;

    void register(@Observes Filters filters,
            @ConfigProperty(name = "dsr.http.max-body-bytes", defaultValue = "65536") long maxBodyBytes) {
        filters.register(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && exceeds(length, maxBodyBytes)) {
                Problem problem = Problem.of(413, "Content Too Large",
                        "The body must not exceed " + maxBodyBytes + " bytes.").at(context.normalizedPath());
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Json.encode(problem));
                return;
            }
            context.next();
        }, BEFORE_EVERYTHING_ELSE);
    }

    private static boolean exceeds(String contentLength, long maxBodyBytes) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}

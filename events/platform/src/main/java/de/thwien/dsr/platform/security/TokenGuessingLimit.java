package de.thwien.dsr.platform.security;

import de.thwien.dsr.platform.problem.Problem;
import de.thwien.dsr.platform.ratelimit.FixedWindowRateLimiter;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Rate-limits guessing of token links per client address: every answer 404 (unknown token) on a token link counts
 * as a miss; after {@code dsr.token-links.max-misses} misses in the window the client gets 429 problem+json on
 * every token link until the window ends. Known tokens are not counted, so a requester reloading the status page
 * is never limited. The token itself is compared timing-safely elsewhere: services look rows up by the SHA-256
 * of the token, never by comparing the token's characters.
 */
public class TokenGuessingLimit {

    /** After the body-size check, before authentication and the endpoints. */
    private static final int PRIORITY = 900;

    void register(@Observes Filters filters, TokenLinksConfig config, Clock clock) {
        List<String> prefixes = config.pathPrefixes().orElse(List.of());
        if (prefixes.isEmpty()) {
            return;
        }
        FixedWindowRateLimiter misses = new FixedWindowRateLimiter(config.maxMisses(), config.window());
        filters.register(context -> {
            String path = context.normalizedPath();
            if (prefixes.stream().noneMatch(path::startsWith)) {
                context.next();
                return;
            }
            String client = clientAddress(context);
            Optional<Duration> wait = misses.blockedFor(client, clock.instant());
            if (wait.isPresent()) {
                long seconds = Math.max(1, wait.get().toSeconds());
                Problem problem = Problem.of(429, "Too Many Requests",
                        "Too many unknown links from this address. Please try again in " + seconds + " seconds.")
                        .at(path);
                context.response().setStatusCode(429)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader("Retry-After", String.valueOf(seconds))
                        .end(Json.encode(problem));
                return;
            }
            context.addHeadersEndHandler(ignored -> {
                if (context.response().getStatusCode() == 404) {
                    misses.tryAcquire(client, clock.instant());
                }
            });
            context.next();
        }, PRIORITY);
    }

    private static String clientAddress(RoutingContext context) {
        return context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
    }
}

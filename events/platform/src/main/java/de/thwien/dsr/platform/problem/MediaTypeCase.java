package de.thwien.dsr.platform.problem;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Media types are case-insensitive (RFC 9110, 8.3.1): a {@code Content-Type} of {@code APPLICATION/JSON} or
 * {@code Application/X-WWW-Form-Urlencoded; Charset=UTF-8} means the same as the lower-case one. Quarkus and
 * quarkus-rest-csrf compare them case-sensitively in places (a form in upper case skipped the CSRF check, others
 * ended in 500), so the type, subtype and parameter names are lower-cased before anything reads them; parameter
 * values stay as sent. An empty {@code Content-Type} is treated as none; one that is not a media type at all
 * (no subtype, stray characters) gets 415 problem+json, for it ended in 500 in the request matching; a multipart
 * type without a boundary gets 400 problem+json (its body cannot be split; it ended in 500 too).
 */
public class MediaTypeCase {

    /** Before everything that reads the header: the size limit, CSRF guards, authentication, the endpoints. */
    private static final int BEFORE_EVERYTHING_ELSE = 1100;
    /** type "/" subtype, both tokens (RFC 9110, 5.6.2), followed by parameters or nothing. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[!#$%&'*+.^_`|~0-9a-z-]+/[!#$%&'*+.^_`|~0-9a-z-]+(;|$)");
    /** A multipart body's non-empty boundary parameter (RFC 2046, 5.1.1), quoted or not. */
    private static final Pattern BOUNDARY = Pattern.compile(";\\s*boundary=(\"[^\"]+\"|[^;\\s\"]+)");
    private static final Pattern PARAMETER_NAME = Pattern.compile("(;\\s*)([^=;\\s]+)\\s*=");

    void register(@Observes Filters filters) {
        filters.register(context -> {
            MultiMap headers = context.request().headers();
            String contentType = headers.get(HttpHeaders.CONTENT_TYPE);
            if (contentType != null) {
                String normalized = normalized(contentType);
                if (normalized.isEmpty()) {
                    headers.remove(HttpHeaders.CONTENT_TYPE);
                } else if (!MEDIA_TYPE.matcher(normalized).lookingAt()) {
                    Problem problem = Problem.of(415, "Unsupported Media Type",
                            "The Content-Type is not a media type (type/subtype).").at(context.normalizedPath());
                    context.response().setStatusCode(415).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .end(Json.encode(problem));
                    return;
                } else if (normalized.startsWith("multipart/") && !BOUNDARY.matcher(normalized).find()) {
                    // the body parser splits at the boundary: without one it failed with 500 before any endpoint ran
                    Problem problem = Problem.of(400, "Bad Request",
                            "A multipart body needs its boundary parameter.").at(context.normalizedPath());
                    context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .end(Json.encode(problem));
                    return;
                } else if (!normalized.equals(contentType)) {
                    headers.set(HttpHeaders.CONTENT_TYPE, normalized);
                }
            }
            context.next();
        }, BEFORE_EVERYTHING_ELSE);
    }

    static String normalized(String contentType) {
        int semicolon = contentType.indexOf(';');
        String essence = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
                .toLowerCase(Locale.ROOT);
        if (essence.isEmpty()) {
            return "";
        }
        if (semicolon < 0) {
            return essence;
        }
        Matcher names = PARAMETER_NAME.matcher(contentType.substring(semicolon));
        StringBuilder parameters = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(parameters, Matcher.quoteReplacement(names.group(1)
                    + names.group(2).toLowerCase(Locale.ROOT) + "="));
        }
        names.appendTail(parameters);
        return essence + parameters;
    }
}

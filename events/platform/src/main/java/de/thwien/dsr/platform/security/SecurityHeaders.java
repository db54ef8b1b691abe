package de.thwien.dsr.platform.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every answer of every service (pages, the JSON API, errors, login redirects):
 * a CSP that allows no script at all and no framing, no MIME sniffing, no referrer (token links are in URLs),
 * HSTS when the request came over TLS (directly or, behind a trusted proxy, as X-Forwarded-Proto https), and
 * {@code Cache-Control: no-store} on every answer that does not set its own caching (static files do), so case
 * pages and personal data never land in a browser or proxy cache.
 */
public class SecurityHeaders {

    /** Pages use only their own stylesheet and forms; no script, inline or not. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Swagger UI is a developer tool built on inline scripts; it keeps its own rules (but no framing). */
    private static final String SWAGGER_UI = "/q/swagger-ui";
    private static final String SWAGGER_UI_POLICY = "frame-ancestors 'none'";

    private static final int PRIORITY = 2000;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> addHeaders(context));
            context.next();
        }, PRIORITY);
    }

    private static void addHeaders(RoutingContext context) {
        MultiMap headers = context.response().headers();
        boolean swaggerUi = context.normalizedPath().startsWith(SWAGGER_UI);
        headers.set("Content-Security-Policy", swaggerUi ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
        headers.set("X-Frame-Options", "DENY");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (context.request().isSSL() || "https".equalsIgnoreCase(context.request().scheme())) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
    }
}

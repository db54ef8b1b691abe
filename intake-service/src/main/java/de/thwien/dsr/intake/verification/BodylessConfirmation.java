package de.thwien.dsr.intake.verification;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps {@code POST /api/verification/{token}} working for API clients that send an empty body labelled as a form
 * (many HTTP clients do): the CSRF check of page forms would refuse those. Nothing is lost: the link's token in the
 * path is the secret a forged cross-site post would need, and the page form posts to {@code /verification/{token}},
 * which keeps its CSRF check.
 */
@ApplicationScoped
public class BodylessConfirmation {

    void register(@Observes Router router) {
        router.route().order(-100).handler(context -> {
            var request = context.request();
            String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
            if (request.method() == HttpMethod.POST && request.path().startsWith("/api/verification/")
                    && "0".equals(request.getHeader(HttpHeaders.CONTENT_LENGTH)) && contentType != null
                    && contentType.startsWith("application/x-www-form-urlencoded")) {
                request.headers().remove(HttpHeaders.CONTENT_TYPE);
            }
            context.next();
        });
    }
}

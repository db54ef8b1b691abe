package de.thwien.dsr.platform.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sets the session key a successful form login was given ({@link SessionKeys}) as a cookie on the login's answer:
 * HttpOnly, SameSite=Strict, Secure over TLS, for the browser session, like Quarkus' own session cookie.
 */
@ApplicationScoped
public class SessionKeyCookie {

    /** Before the authentication handlers, so the cookie is added when the login's answer is written. */
    private static final int BEFORE_AUTHENTICATION = -900;

    private final String loginPath;

    public SessionKeyCookie(
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
            String loginPath) {
        this.loginPath = loginPath;
    }

    void register(@Observes Router router) {
        router.post(loginPath).order(BEFORE_AUTHENTICATION).handler(context -> {
            context.addHeadersEndHandler(ignored -> setIssuedKey(context));
            context.next();
        });
    }

    private static void setIssuedKey(RoutingContext context) {
        String key = context.get(SessionKeys.ISSUED);
        if (key == null) {
            return;
        }
        context.response().addCookie(Cookie.cookie(SessionKeys.COOKIE, key).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(context.request().isSSL()));
    }
}

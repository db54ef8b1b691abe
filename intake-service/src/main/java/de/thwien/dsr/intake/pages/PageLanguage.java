package de.thwien.dsr.intake.pages;

import de.thwien.dsr.platform.text.MessageFile;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language of the page being rendered: German unless the visitor chose English with {@code ?lang=en}
 * (remembered in a cookie by {@link LanguageCookieFilter}). Texts live in {@code messages/pages*.properties}.
 */
@RequestScoped
public class PageLanguage {

    public static final String COOKIE = "dsr-lang";
    public static final String PARAMETER = "lang";

    private static final Map<String, MessageFile> TEXTS = new ConcurrentHashMap<>();

    private final CurrentVertxRequest current;

    public PageLanguage(CurrentVertxRequest current) {
        this.current = current;
    }

    /** "de" or "en". */
    public String code() {
        RoutingContext context = current.getCurrent();
        if (context == null) {
            return "de";
        }
        String chosen = supportedOrNull(context.request().getParam(PARAMETER));
        if (chosen != null) {
            return chosen;
        }
        Cookie cookie = context.request().getCookie(COOKIE);
        String remembered = cookie == null ? null : supportedOrNull(cookie.getValue());
        return remembered == null ? "de" : remembered;
    }

    public Map<String, String> texts() {
        return texts(code());
    }

    public static Map<String, String> texts(String code) {
        return messages(code).asMap();
    }

    /** The page texts of the language with this code, for texts with {@code {name}} parts. */
    public static MessageFile messages(String code) {
        return TEXTS.computeIfAbsent(code, PageLanguage::load);
    }

    static String supportedOrNull(String value) {
        return "de".equals(value) || "en".equals(value) ? value : null;
    }

    private static MessageFile load(String code) {
        return MessageFile.load("pages", code);
    }
}

package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.notifier.controller.Controller;
import de.thwien.dsr.notifier.controller.ControllerConfig;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import de.thwien.dsr.platform.facts.NoticeFacts;
import de.thwien.dsr.platform.facts.NoticeFactsCatalog;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders a notice from {@code templates/notices/<kind>.<language>.txt} (fragments {@code subject}
 * and {@code text}) and {@code <kind>.<language>.html}, which Qute escapes. Every template sees
 * the controller as {@code controller}, the configured processing facts of the privacy policy in
 * the notice's language as {@code facts} (purposes, recipients, supervisory authority ...) and the
 * notice's own data as {@code n}. Where the data says what was found ({@link AboutFoundRecords}: the access
 * answer), {@code facts} holds only the purposes covering those records and the request itself, and only the
 * recipients her records went to (Art. 15(1)(c)): those the register says receive or host a record found, and the data
 * centres of our own servers, where the request itself is kept ({@link NoticeFactsCatalog#forFound}, as the copy's
 * {@code index.html} states them). Shared blocks
 * live in {@code templates/notices/parts}.
 */
@ApplicationScoped
public class NoticeRenderer {

    private final Engine engine;
    private final Controller controller;
    private final NoticeFactsCatalog facts;

    public NoticeRenderer(Engine engine, ControllerConfig controller, NoticeFactsCatalog facts) {
        this.engine = engine;
        this.controller = Controller.of(controller);
        this.facts = facts;
    }

    public RenderedNotice render(NoticeKind kind, NoticeLanguage language, Object data) {
        String base = "notices/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + language.code();
        Template text = template(base + ".txt");
        Template html = template(base + ".html");
        NoticeFacts stated = data instanceof AboutFoundRecords found
                ? facts.forFound(language.code(), found.categoriesPerStore(), found.storesFromThirdParty() == null
                        ? null : Set.copyOf(found.storesFromThirdParty()))
                : facts.in(language.code());
        Map<String, Object> model = Map.of("controller", controller, "facts", stated, "n", data);
        return new RenderedNotice(
                text.getFragment("subject").instance().data(model).render(),
                text.getFragment("text").instance().data(model).render().strip() + "\n",
                html.instance().data(model).render());
    }

    private Template template(String path) {
        Template template = engine.getTemplate(path);
        if (template == null) {
            throw new IllegalStateException("missing notice template " + path);
        }
        return template;
    }
}

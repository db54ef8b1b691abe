package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.notifier.controller.Controller;
import de.thwien.dsr.notifier.controller.ControllerConfig;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.notifier.delivery.RenderedNotice;
import de.thwien.dsr.notifier.facts.NotificationChannel;
import de.thwien.dsr.notifier.facts.RecipientRegister;
import de.thwien.dsr.notifier.facts.RegisteredRecipient;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import de.thwien.dsr.platform.facts.NoticeFacts;
import de.thwien.dsr.platform.facts.NoticeFactsCatalog;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
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
 * centres of our own servers, where the request itself is kept. Shared blocks
 * live in {@code templates/notices/parts}.
 */
@ApplicationScoped
public class NoticeRenderer {

    private final Engine engine;
    private final Controller controller;
    private final RecipientRegister register;
    private final NoticeFactsCatalog facts;

    public NoticeRenderer(Engine engine, ControllerConfig controller, NoticeFactsCatalog facts,
            RecipientRegister register) {
        this.engine = engine;
        this.controller = Controller.of(controller);
        this.facts = facts;
        this.register = register;
    }

    public RenderedNotice render(NoticeKind kind, NoticeLanguage language, Object data) {
        String base = "notices/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + language.code();
        Template text = template(base + ".txt");
        Template html = template(base + ".html");
        NoticeFacts stated = data instanceof AboutFoundRecords found
                ? withRecipientsOf(found.categoriesPerStore(), facts.forFound(language.code(),
                        found.categoriesPerStore(), found.storesFromThirdParty() == null
                                ? null : Set.copyOf(found.storesFromThirdParty())))
                : facts.in(language.code());
        Map<String, Object> model = Map.of("controller", controller, "facts", stated, "n", data);
        return new RenderedNotice(
                text.getFragment("subject").instance().data(model).render(),
                text.getFragment("text").instance().data(model).render().strip() + "\n",
                html.instance().data(model).render());
    }

    /** The facts with only the recipients of the records found; every recipient when what was found is unknown. */
    private NoticeFacts withRecipientsOf(Map<String, List<String>> categoriesPerStore, NoticeFacts stated) {
        if (categoriesPerStore == null) {
            return stated;
        }
        Set<String> received = new HashSet<>();
        for (RegisteredRecipient recipient : register.all()) {
            if (recipient.channel() == NotificationChannel.HOSTING || receivedAny(recipient, categoriesPerStore)) {
                received.add(recipient.name());
            }
        }
        return new NoticeFacts(stated.authority(), stated.purposes(), stated.recipients().stream()
                .filter(recipient -> received.contains(recipient.name())).toList(), stated.thirdCountryTransfers(),
                stated.provisionRequirement(), stated.sources(), stated.automatedDecisions(),
                stated.backupRetentionMonths());
    }

    private static boolean receivedAny(RegisteredRecipient recipient, Map<String, List<String>> categoriesPerStore) {
        return categoriesPerStore.entrySet().stream().anyMatch(found -> found.getValue().stream()
                .anyMatch(category -> recipient.concerns(StoreId.find(found.getKey()).orElse(null),
                        RetentionCategory.find(category).orElse(null))));
    }

    private Template template(String path) {
        Template template = engine.getTemplate(path);
        if (template == null) {
            throw new IllegalStateException("missing notice template " + path);
        }
        return template;
    }
}

package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.platform.health.DependencyState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A line of the overview's "stores and mail servers": a store or mail server as the service that uses it found it at
 * its last check, or a service that did not answer ({@code answered} false, no name).
 *
 * @param downSince ISO instant, when down
 */
public record StoreHealthLine(String service, String name, boolean answered, boolean up, String error,
        String downSince) {

    /** The lines of one service's wellness group; one line "not available" when it did not answer. */
    static List<StoreHealthLine> of(OtherServices.ServiceWellness wellness) {
        OtherServices.Reply<ServiceHealth.Wellness> reply = wellness.reply();
        if (!reply.ok() || reply.value() == null) {
            return List.of(new StoreHealthLine(wellness.service(), null, false, false, null, null));
        }
        List<StoreHealthLine> lines = new ArrayList<>();
        for (ServiceHealth.Check check : reply.value().checks()) {
            lines.add(new StoreHealthLine(wellness.service(), check.name(), true, "UP".equals(check.status()),
                    text(check.data().get("error")), text(check.data().get("downSince"))));
        }
        return lines;
    }

    /** The lines of this service's own checks. */
    static List<StoreHealthLine> of(String service, Map<String, DependencyState> states) {
        return states.entrySet().stream().map(entry -> new StoreHealthLine(service, entry.getKey(), true,
                entry.getValue().up(), entry.getValue().error(),
                entry.getValue().downSince() == null ? null : entry.getValue().downSince().toString())).toList();
    }

    /** The store or mail server in plain words of the page's language ({@code health.<name>} in the page texts). */
    public String label(Map<String, String> texts, String language) {
        if (name == null) {
            return "";
        }
        return StoreId.find(name).map(store -> store.displayName(Locale.forLanguageTag(language)))
                .orElse(texts.getOrDefault("health." + name, name));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

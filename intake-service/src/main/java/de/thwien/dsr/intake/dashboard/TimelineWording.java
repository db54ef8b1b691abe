package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.intake.casework.CaseView;
import de.thwien.dsr.intake.casework.ContactChannel;
import de.thwien.dsr.intake.pages.PageLanguage;
import de.thwien.dsr.intake.pages.TemplateExtensions;
import de.thwien.dsr.platform.text.InvisibleCharacters;
import de.thwien.dsr.platform.text.MessageFile;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A timeline entry in the page's language: {@code timeline.<KIND>} (or {@code timeline.<KIND>.<variant>}) of
 * {@code messages/pages*.properties} filled with the entry's facts, each worded by its name (store ids as store
 * names, codes through their own keys, instants as Berlin time), with {@code timeline.also.<name>} for each name in
 * the fact {@code also}, and the status change it brought; a text counting one thing reads in the singular
 * ({@code <key>.one}). An entry written
 * before its facts were kept shows its detail text as it was written.
 */
@TemplateExtension
public class TimelineWording {

    /** Facts whose value is a code with a text of its own under this prefix of the page texts. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("statusFrom", ""), Map.entry("statusTo", ""), Map.entry("statusKept", ""),
            Map.entry("outcome", ""), Map.entry("channel", ""), Map.entry("requestType", ""),
            Map.entry("reasonCode", ""),
            Map.entry("automaticReason", ""), Map.entry("noticeKind", "noticeKind."),
            Map.entry("decision", "nameMatchDecision."), Map.entry("method", "verificationMethod."),
            Map.entry("proof", "reachedProof."), Map.entry("deliveryAction", "deliveryAction."),
            Map.entry("matchedBy", "deliveryMatchedBy."), Map.entry("operatorTask", "operatorTaskKind."),
            Map.entry("objectionPurpose", "objectionPurpose."), Map.entry("restrictionGround", "restrictionGround."));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private TimelineWording() {
    }

    /**
     * What the entry says, in the language {@code lang} ("de" or "en"), in the words of the case's request type
     * where it has its own ({@code timeline.<KIND>.<TYPE>}: a restriction's plan is no erasure plan).
     */
    static String wording(CaseView.Entry entry, String lang, RequestType type) {
        Map<String, String> params = entry.params();
        if (params == null) {
            return entry.detail() == null ? "" : InvisibleCharacters.shown(entry.detail());
        }
        MessageFile texts = PageLanguage.messages(lang);
        String variant = params.get("variant");
        String key = "timeline." + entry.kind() + (variant == null ? "" : "." + variant);
        if (!texts.has(key)) {
            return entry.detail() == null ? "" : InvisibleCharacters.shown(entry.detail());
        }
        if (type != null && texts.has(key + "." + type)) {
            key += "." + type;
        }
        if (texts.has(key + ".one") && countsOne(texts.text(key), params)) {
            key += ".one";
        }
        Map<String, String> worded = new HashMap<>();
        Locale locale = Locale.forLanguageTag(lang);
        params.forEach((name, value) -> worded.put(name, worded(name, value, texts, locale)));
        String said = texts.text(key, worded);
        for (String also : params.getOrDefault("also", "").split(",")) {
            if (!also.isBlank()) {
                said += " " + texts.text("timeline.also." + also, worded);
            }
        }
        if (params.containsKey("statusTo")) {
            said += " " + texts.text("timeline.statusChanged", worded);
        } else if (params.containsKey("statusKept")) {
            said += " " + texts.text("timeline.statusKept", worded);
        }
        return InvisibleCharacters.shown(said);
    }

    /**
     * Whether the text speaks of one thing: its first placeholder whose value is a whole number has the value 1 (the
     * count its nouns and verbs agree with). Such a text has a singular form under {@code <key>.one}.
     */
    private static boolean countsOne(String text, Map<String, String> params) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            String value = params.get(placeholder.group(1));
            if (value != null && value.matches("\\d+")) {
                return value.equals("1");
            }
        }
        return false;
    }

    /**
     * What kind of entry it is, in the page's language and the words of the case's request type where it has its own
     * ({@code timelineKind.<KIND>.<TYPE>}: "Einschränkungsplan erstellt", not "Löschplan erstellt").
     */
    static String kindLabel(CaseView.Entry entry, Map<String, String> texts, RequestType type) {
        String key = "timelineKind." + entry.kind();
        if (type != null && texts.containsKey(key + "." + type)) {
            return texts.get(key + "." + type);
        }
        return texts.getOrDefault(key, texts.getOrDefault(entry.kind(), entry.kind()));
    }

    /** Who did it: an assistant's login as it is, {@code system}, {@code requester} or a service in words. */
    static String actorLabel(CaseView.Entry entry, Map<String, String> texts) {
        return texts.getOrDefault("actor." + entry.actor(), entry.actor());
    }

    private static String worded(String name, String value, MessageFile texts, Locale locale) {
        if (value == null) {
            return "";
        }
        if (CODES.containsKey(name)) {
            return code(texts, CODES.get(name) + value, value);
        }
        return switch (name) {
            case "store" -> storeName(value, locale);
            case "stores", "unavailable", "mentionStores" -> Arrays.stream(value.split(",")).filter(id -> !id.isBlank())
                    .map(id -> storeName(id, locale)).collect(Collectors.joining(", "));
            case "perStore" -> counts(value, id -> storeName(id, locale));
            case "perAction" -> counts(value, action -> code(texts, "plannedAction." + action, action));
            case "contactChannel" -> Arrays.stream(ContactChannel.values()).filter(c -> c.name().equals(value))
                    .findFirst().map(c -> code(texts, c.messageKey(), value)).orElse(value);
            default -> name.endsWith("At") || name.endsWith("Until") ? instant(value) : value;
        };
    }

    /** "crm=2,mail=1" as "CRM: 2, Mail: 1", each name worded by {@code names}. */
    private static String counts(String value, java.util.function.Function<String, String> names) {
        return Arrays.stream(value.split(",")).filter(pair -> pair.contains("="))
                .map(pair -> names.apply(pair.substring(0, pair.indexOf('='))) + ": "
                        + pair.substring(pair.indexOf('=') + 1))
                .collect(Collectors.joining(", "));
    }

    private static String storeName(String id, Locale locale) {
        return StoreId.find(id).map(store -> store.displayName(locale)).orElse(id);
    }

    private static String code(MessageFile texts, String key, String value) {
        return texts.has(key) ? texts.text(key) : value;
    }

    private static String instant(String value) {
        try {
            return TemplateExtensions.local(Instant.parse(value));
        } catch (RuntimeException e) {
            return value;
        }
    }
}

package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.intake.pages.PageLanguage;
import de.thwien.dsr.platform.text.MessageFile;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A refusal on a dashboard page in the page's language ({@code problem.*} of {@code messages/pages*.properties}): a
 * known refusal by its name (the class of intake's own refusal, or the one another service named in its problem
 * type), any other by the service and status. A service's detail is English: an English page adds it, a German page
 * never shows it.
 */
final class RefusalWording {

    private RefusalWording() {
    }

    /** What another service's reply to an action says, in {@code language}. */
    static String of(String service, OtherServices.Reply<?> reply, String language) {
        MessageFile texts = PageLanguage.messages(language);
        if (!reply.answered()) {
            return texts.text("problem.notAvailable", Map.of("service", service));
        }
        return worded(texts, reply.problemCode(), texts.text("problem.refusedBy",
                Map.of("service", service, "status", String.valueOf(reply.status()))), reply.problem(), language);
    }

    /**
     * What intake's own refusal says, in {@code language}; invalid input in the page's words of each violated
     * constraint ({@code invalid.<message key>}), else in its own.
     */
    static String of(PageRefusal refusal, String language) {
        MessageFile texts = PageLanguage.messages(language);
        if (refusal.code() == null) {
            if (refusal.invalid().isEmpty()) {
                return refusal.message();
            }
            return refusal.invalid().entrySet().stream().map(violated -> texts.has("invalid." + violated.getKey())
                    ? texts.text("invalid." + violated.getKey()) : violated.getValue())
                    .sorted().collect(Collectors.joining("; "));
        }
        return worded(texts, refusal.code(), texts.text("problem.refused",
                Map.of("status", String.valueOf(refusal.status()))), refusal.message(), language);
    }

    private static String worded(MessageFile texts, String code, String general, String detail, String language) {
        if (code != null && texts.has("problem." + code)) {
            return texts.text("problem." + code);
        }
        return "en".equals(language) && detail != null && !detail.isBlank() ? general + " " + detail : general;
    }
}

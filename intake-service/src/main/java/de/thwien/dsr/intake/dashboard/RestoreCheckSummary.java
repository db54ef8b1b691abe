package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.intake.pages.PageLanguage;
import de.thwien.dsr.intake.pages.TemplateExtensions;
import de.thwien.dsr.platform.text.MessageFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The last restore check as the overview shows it, in the page's language ({@code restoreCheck.*} of the page texts):
 * "Wiederherstellungs-Prüfung vom …: nach Wiederherstellung erneut gelöscht: 3 E-Mails, 1 Kontakt" or "nichts
 * wiederhergestellt". {@code report} is null before the first run ({@code ran} false) or when erasure-service did not
 * answer ({@code answered} false).
 */
public record RestoreCheckSummary(boolean answered, boolean ran, ErasureService.RestoreCheckReport report) {

    static RestoreCheckSummary of(OtherServices.Reply<ErasureService.RestoreCheckReport> reply) {
        if (reply.ok() && reply.value() != null) {
            return new RestoreCheckSummary(true, true, reply.value());
        }
        return new RestoreCheckSummary(reply.status() == 404, false, null);
    }

    /** The report in one sentence, or that no check ran yet; empty when erasure-service did not answer. */
    public String text(String lang) {
        MessageFile texts = PageLanguage.messages(lang);
        if (!answered) {
            return "";
        }
        if (!ran) {
            return texts.text("restoreCheck.never");
        }
        List<String> results = new ArrayList<>();
        if (report.nothingRestored()) {
            results.add(texts.text("restoreCheck.nothing"));
        }
        if (report.reErased() > 0) {
            results.add(texts.text("restoreCheck.erased", Map.of("records", records("ERASED", texts))));
        }
        if (report.reRestricted() > 0) {
            results.add(texts.text("restoreCheck.restricted", Map.of("records", records("RESTRICTED", texts))));
        }
        if (report.failed() > 0) {
            results.add(texts.text(report.failed() == 1 ? "restoreCheck.failed.one" : "restoreCheck.failed",
                    Map.of("failed", Integer.toString(report.failed()))));
        }
        if (!report.unavailableStores().isEmpty()) {
            results.add(texts.text("restoreCheck.unavailable", Map.of("stores", report.unavailableStores().stream()
                    .map(store -> StoreId.find(store)
                    .map(id -> id.displayName(Locale.forLanguageTag(lang))).orElse(store)).collect(Collectors.joining(", ")))));
        }
        return texts.text("restoreCheck.summary", Map.of("date", report.finishedAt() == null ? ""
                : TemplateExtensions.local(report.finishedAt()), "results", String.join("; ", results)));
    }

    /** "3 E-Mails, 1 Kontakt": the records of one action, each store's in its own words, singular for one. */
    private String records(String action, MessageFile texts) {
        return report.counts().stream().filter(count -> action.equals(count.action()) && count.count() > 0)
                .map(count -> count.count() + " " + recordWord(count, texts))
                .collect(Collectors.joining(", "));
    }

    private static String recordWord(ErasureService.StoreCount count, MessageFile texts) {
        String key = "restoreCheck.record." + count.store() + (count.count() == 1 ? ".one" : "");
        return texts.has(key) ? texts.text(key) : count.store();
    }
}

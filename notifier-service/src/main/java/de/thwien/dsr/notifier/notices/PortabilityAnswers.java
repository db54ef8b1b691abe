package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.DiscoveryEvents.PortabilityPackageReady;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.DisplayNames;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What {@code portability.package.ready} calls for: the Art. 20 answer ({@link PortabilityAnswerNotice}). */
public final class PortabilityAnswers {

    private PortabilityAnswers() {
    }

    public static PortabilityAnswerNotice answer(PortabilityPackageReady ready, NoticeLanguage language) {
        Map<String, Integer> perStore = ready.recordsPerStore() == null ? Map.of() : ready.recordsPerStore();
        List<StoreRecords> records = new TreeMap<>(perStore).entrySet().stream()
                .map(entry -> new StoreRecords(language.store(entry.getKey()), entry.getValue())).toList();
        boolean withExport = perStore.values().stream().mapToInt(Integer::intValue).sum() > 0;
        List<String> unavailable = ready.storesUnavailable() == null ? List.of()
                : ready.storesUnavailable().stream().map(language::store).toList();
        return new PortabilityAnswerNotice(CaseReference.of(ready.caseId()),
                DisplayNames.of(ready.personal() == null ? null : ready.personal().name()), ready.packageUrl(),
                language.dateTime(ready.expiresAt()), withExport, records, unavailable);
    }
}

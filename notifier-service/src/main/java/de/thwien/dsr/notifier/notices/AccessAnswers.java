package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.DiscoveryEvents.AccessPackageReady;
import de.thwien.dsr.events.DiscoveryEvents.StoresNotSearched;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.DisplayNames;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import java.util.List;
import java.util.Map;

/**
 * What {@code access.package.ready} calls for: the access answer, or, when it announces the package rebuilt after
 * stores unavailable for the answer were searched, the follow-up ({@link NoticeKind#ACCESS_FOLLOW_UP}). Each is
 * sent once per event, as every notice is (one per case, kind and trigger event). When the retries ran out before the
 * stores were searched, {@code stores.not-searched} calls for {@link NoticeKind#ACCESS_STORES_NOT_SEARCHED} instead.
 */
public final class AccessAnswers {

    private AccessAnswers() {
    }

    public static NoticeKind kindOf(AccessPackageReady ready) {
        return ready.followUp() ? NoticeKind.ACCESS_FOLLOW_UP : NoticeKind.ACCESS_ANSWER;
    }

    /** The template data of {@link #kindOf} the event. */
    public static Object of(AccessPackageReady ready, NoticeLanguage language) {
        return ready.followUp() ? followUp(ready, language) : answer(ready, language);
    }

    /** An event written before it said what was searched gets the answer with its copy, as then. */
    public static AccessAnswerNotice answer(AccessPackageReady ready, NoticeLanguage language) {
        if (ready.recordsPerStore() == null) {
            return new AccessAnswerNotice(CaseReference.of(ready.caseId()), name(ready), ready.packageUrl(),
                    language.dateTime(ready.expiresAt()));
        }
        List<String> unavailable = stores(ready.storesUnavailable(), language);
        int records = records(ready.recordsPerStore());
        boolean nothingFound = records == 0 && unavailable.isEmpty();
        return new AccessAnswerNotice(CaseReference.of(ready.caseId()), name(ready), ready.packageUrl(),
                language.dateTime(ready.expiresAt()), nothingFound, records > 0,
                stores(ready.storesSearched(), language), unavailable,
                nothingFound ? Map.of() : ready.categoriesPerStore(),
                nothingFound ? List.of() : ready.storesFromThirdParty());
    }

    public static AccessFollowUpNotice followUp(AccessPackageReady ready, NoticeLanguage language) {
        Map<String, Integer> perStore = ready.recordsPerStore() == null ? Map.of() : ready.recordsPerStore();
        int records = records(perStore);
        List<StoreRecords> searchedAgain = ready.storesSearchedAgain().stream()
                .map(store -> new StoreRecords(language.store(store), perStore.getOrDefault(store, 0))).toList();
        return new AccessFollowUpNotice(CaseReference.of(ready.caseId()), name(ready), searchedAgain,
                records == 0, records > 0, ready.packageUrl(), language.dateTime(ready.expiresAt()));
    }

    /** The notice that the stores the answer promised a follow-up about could not be searched after all. */
    public static AccessStoresNotSearchedNotice storesNotSearched(StoresNotSearched notSearched,
            NoticeLanguage language) {
        return new AccessStoresNotSearchedNotice(CaseReference.of(notSearched.caseId()),
                DisplayNames.of(notSearched.personal() == null ? null : notSearched.personal().name()),
                stores(notSearched.storesNotSearched(), language));
    }

    private static int records(Map<String, Integer> perStore) {
        return perStore.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static List<String> stores(List<String> ids, NoticeLanguage language) {
        return ids == null ? List.of() : ids.stream().map(language::store).toList();
    }

    private static String name(AccessPackageReady ready) {
        return DisplayNames.of(ready.personal() == null ? null : ready.personal().name());
    }
}

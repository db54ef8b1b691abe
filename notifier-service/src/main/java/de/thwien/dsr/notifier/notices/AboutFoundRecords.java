package de.thwien.dsr.notifier.notices;

import java.util.List;
import java.util.Map;

/**
 * Notice data that says what was found about the requester: its template states only the purposes covering those
 * records and the request itself ({@code NoticeFactsCatalog.forFound}), as the copy's {@code index.html} does.
 */
public interface AboutFoundRecords {

    /** Retention category ids of the records found, per store id; null when unknown: then every purpose. */
    Map<String, List<String>> categoriesPerStore();

    /**
     * Store ids of the records found that came from a third party naming her: a third party is named as their source
     * (Art. 15(1)(g)) only for these; null when unknown: then for every record a third party's source covers.
     */
    default List<String> storesFromThirdParty() {
        return null;
    }
}

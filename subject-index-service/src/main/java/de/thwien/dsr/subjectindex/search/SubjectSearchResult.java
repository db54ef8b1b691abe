package de.thwien.dsr.subjectindex.search;

import de.thwien.dsr.events.Finding;

import java.util.List;
import java.util.Map;

/** Findings grouped by store; unavailable stores with their reason. */
public record SubjectSearchResult(List<StoreFindings> stores, List<String> storesUnavailable,
        Map<String, String> unavailableReasons) {

    public record StoreFindings(String store, List<Finding> findings) {
    }
}

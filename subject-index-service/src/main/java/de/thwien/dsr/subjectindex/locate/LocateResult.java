package de.thwien.dsr.subjectindex.locate;

import de.thwien.dsr.events.Finding;

import java.util.List;
import java.util.Map;

/**
 * Everything found about a subject. A store in {@code storesUnavailable} could not be asked (or is
 * not fully indexed yet): its absence from {@code findings} means nothing.
 *
 * @param unavailableReasons store → reason, without personal data
 */
public record LocateResult(List<String> storesSearched, List<String> storesUnavailable,
        Map<String, String> unavailableReasons, List<Finding> findings) {

    public boolean complete() {
        return storesUnavailable.isEmpty();
    }
}

package de.thwien.dsr.notifier.assistant;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * An alert to the assistant: a notice that failed for good ({@code kind}, {@code attempts}, {@code error}), or, when
 * {@code storesNotSearched} names stores (in the assistant's words), stores a case's locate retries could not
 * search after {@code attempts} retries, which she has to search by hand; {@code requesterTold} when the requester
 * was told so (an access request).
 */
@TemplateData
public record AlertNotice(String caseReference, String caseId, String kind, int attempts, String error,
        String failedAt, String requestType, List<String> storesNotSearched, boolean requesterTold) {

    /** A notice that failed for good. */
    public AlertNotice(String caseReference, String caseId, String kind, int attempts, String error,
            String failedAt) {
        this(caseReference, caseId, kind, attempts, error, failedAt, "", List.of(), false);
    }

    /** Stores the locate retries of a case gave up on. */
    public static AlertNotice storesNotSearched(String caseReference, String caseId, String requestType,
            int attempts, List<String> stores, boolean requesterTold, String givenUpAt) {
        return new AlertNotice(caseReference, caseId, "", attempts, "", givenUpAt, requestType, stores,
                requesterTold);
    }
}

package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.RetentionCategory;
import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Map;

/**
 * Art. 15 answer: the copy sits behind a time-limited link, never in an attachment. {@code nothingFound}: no
 * record of the person in any store and every store searched, so the answer says "we process no data about you"
 * and what the request itself is processed for. {@code withCopy}: the copy holds at least one record, so the answer
 * links it. Stores in the requester's words; {@code storesUnavailable} could not be searched and get a follow-up.
 * Both lists are empty for a package announced without them (events written before they existed).
 * {@code categoriesPerStore}: what the copy holds, which decides the purposes stated (null: every purpose);
 * {@code storesFromThirdParty}: the stores of its records from a third party naming her, the only ones for which a
 * third party is named as the source (null: not known).
 */
@TemplateData
public record AccessAnswerNotice(String caseReference, String name, String packageUrl, String expiresAt,
        boolean nothingFound, boolean withCopy, List<String> storesSearched, List<String> storesUnavailable,
        Map<String, List<String>> categoriesPerStore, List<String> storesFromThirdParty)
        implements AboutFoundRecords {

    /**
     * Whether the copy holds a conference recording: the answer then says that one with other participants is handed
     * out only after their rights have been weighed (Art. 15(4) GDPR), and never linked directly.
     */
    public boolean withRecordings() {
        return categoriesPerStore != null && categoriesPerStore.values().stream()
                .anyMatch(categories -> categories.contains(RetentionCategory.CONFERENCE_RECORDING.id()));
    }

    /** An answer not saying which records came from a third party. */
    public AccessAnswerNotice(String caseReference, String name, String packageUrl, String expiresAt,
            boolean nothingFound, boolean withCopy, List<String> storesSearched, List<String> storesUnavailable,
            Map<String, List<String>> categoriesPerStore) {
        this(caseReference, name, packageUrl, expiresAt, nothingFound, withCopy, storesSearched, storesUnavailable,
                categoriesPerStore, null);
    }

    /** An answer not saying which categories were found: it states every purpose. */
    public AccessAnswerNotice(String caseReference, String name, String packageUrl, String expiresAt,
            boolean nothingFound, boolean withCopy, List<String> storesSearched, List<String> storesUnavailable) {
        this(caseReference, name, packageUrl, expiresAt, nothingFound, withCopy, storesSearched, storesUnavailable,
                null);
    }

    /** An answer with a copy, not saying what was searched. */
    public AccessAnswerNotice(String caseReference, String name, String packageUrl, String expiresAt) {
        this(caseReference, name, packageUrl, expiresAt, false, true, List.of(), List.of());
    }
}

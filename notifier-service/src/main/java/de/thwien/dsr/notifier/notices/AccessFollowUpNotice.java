package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The follow-up to an Art. 15 answer that named stores it could not search: what those stores hold now that they
 * were searched ({@code searchedAgain}), and the rebuilt copy of every store behind a new link ({@code withCopy});
 * {@code nothingFound} when no store holds anything about the person after all.
 */
@TemplateData
public record AccessFollowUpNotice(String caseReference, String name, List<StoreRecords> searchedAgain,
        boolean nothingFound, boolean withCopy, String packageUrl, String expiresAt) {
}

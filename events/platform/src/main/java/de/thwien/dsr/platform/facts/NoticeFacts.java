package de.thwien.dsr.platform.facts;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** The configured processing facts in one notice language, as templates see them ({@code facts}). */
@TemplateData
public record NoticeFacts(SupervisoryAuthority authority, List<ProcessingPurpose> purposes,
        List<ProcessingRecipient> recipients, String thirdCountryTransfers, String provisionRequirement,
        String sources, String automatedDecisions, int backupRetentionMonths) {
}

package de.thwien.dsr.platform.facts;

import io.quarkus.qute.TemplateData;

/** One purpose of processing; {@code legitimateInterest} is null unless the basis is Art. 6(1)(f). */
@TemplateData
public record ProcessingPurpose(String purpose, String legalBasis, String legitimateInterest, String dataCategories,
        String storagePeriod) {
}

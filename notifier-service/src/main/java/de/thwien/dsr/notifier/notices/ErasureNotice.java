package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** Erasure confirmation (Art. 17, 18, 19 GDPR) and consent-withdrawal confirmation (Art. 7(3) GDPR). */
@TemplateData
public record ErasureNotice(String caseReference, String name, String requestType, List<ErasedItem> erased,
        List<RestrictedItem> restricted, List<KeptItem> kept, List<ContinuingItem> continuing,
        List<String> recipientsInformed) {
}

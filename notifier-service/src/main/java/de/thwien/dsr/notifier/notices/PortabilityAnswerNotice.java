package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * Art. 20 answer: the export of what she provided on consent or contract sits behind a time-limited link, never in an
 * attachment. {@code recordsPerStore}: every store that answered, in her words, with the records of the export;
 * {@code withExport}: the export holds at least one record, so the answer links it; {@code storesUnavailable} could
 * not be searched.
 */
@TemplateData
public record PortabilityAnswerNotice(String caseReference, String name, String packageUrl, String expiresAt,
        boolean withExport, List<StoreRecords> recordsPerStore, List<String> storesUnavailable) {
}

package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/** Not acting on the request (Art. 12(4) GDPR). */
@TemplateData
public record RefusalNotice(String caseReference, String name, String reason, String reasons) {
}

package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/** Extension of the period by two further months (Art. 12(3) sentences 2 and 3 GDPR). */
@TemplateData
public record ExtensionNotice(String caseReference, String name, String previousDueOn, String extendedDueOn,
        String reasons) {
}

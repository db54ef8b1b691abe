package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/**
 * Extension of the period by two further months (Art. 12(3) sentences 2 and 3 GDPR). {@code requestSubject}: the
 * extended request as the subject line names it, after "für" ("Ihren Löschantrag"); empty when the case's request is
 * not known here (then "Ihren Antrag").
 */
@TemplateData
public record ExtensionNotice(String caseReference, String name, String previousDueOn, String extendedDueOn,
        String reasons, String requestSubject) {

    /** An extension whose request is not known here. */
    public ExtensionNotice(String caseReference, String name, String previousDueOn, String extendedDueOn,
            String reasons) {
        this(caseReference, name, previousDueOn, extendedDueOn, reasons, "");
    }
}

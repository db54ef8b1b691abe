package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/**
 * What the acknowledgement of receipt tells the requester (Art. 12(3) GDPR). {@code requestPronoun} refers back to
 * {@code requestType} ("Ihren Antrag … Wir beantworten ihn"), so it is chosen with the noun. {@code periodEnded}: the
 * request reached the system only after its month had ended (a letter registered late); the notice then says so
 * instead of promising a date that has passed.
 */
@TemplateData
public record AcknowledgementNotice(String caseReference, String name, String requestType, String requestPronoun,
        String receivedOn, String dueOn, String statusUrl, boolean periodEnded) {

    public AcknowledgementNotice(String caseReference, String name, String requestType, String requestPronoun,
            String receivedOn, String dueOn, String statusUrl) {
        this(caseReference, name, requestType, requestPronoun, receivedOn, dueOn, statusUrl, false);
    }

    public boolean hasName() {
        return name != null && !name.isBlank();
    }
}

package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/**
 * What the acknowledgement of receipt tells the requester (Art. 12(3) GDPR). {@code requestPronoun} refers back to
 * {@code requestType} ("Ihren Antrag … Wir beantworten ihn"), so it is chosen with the noun.
 */
@TemplateData
public record AcknowledgementNotice(String caseReference, String name, String requestType, String requestPronoun,
        String receivedOn, String dueOn, String statusUrl) {

    public boolean hasName() {
        return name != null && !name.isBlank();
    }
}

package de.thwien.dsr.platform.facts;

import io.quarkus.qute.TemplateData;

/** A recipient of personal data, e.g. a processor under Art. 28 GDPR. */
@TemplateData
public record ProcessingRecipient(String name, String address, String role) {
}

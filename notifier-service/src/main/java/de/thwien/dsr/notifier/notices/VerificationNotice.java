package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/**
 * Verification link and its reminder (Art. 12(6) GDPR). {@code requestType}: the request as the text names it;
 * {@code requestSubject}: as the subject line names it ("Ihren Auskunftsantrag"), after "confirm".
 */
@TemplateData
public record VerificationNotice(String caseReference, String name, String requestType, String requestSubject,
        String verificationUrl, String expiresAt) {
}

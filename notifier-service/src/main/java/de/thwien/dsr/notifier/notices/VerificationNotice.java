package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/** Verification link and its reminder (Art. 12(6) GDPR). */
@TemplateData
public record VerificationNotice(String caseReference, String name, String requestType, String verificationUrl,
        String expiresAt) {
}

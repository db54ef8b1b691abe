package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/**
 * The requester's identity was not confirmed after the link expired: her request cannot be carried out until it is
 * (Art. 12(2) sentence 2, 12(6) GDPR), how to confirm now, and her remedies (Art. 12(4) GDPR). {@code name} is null:
 * the address is not confirmed, so the notice greets neutrally. {@code requestSubject}: the request as the subject line
 * names it ("Ihr Löschantrag").
 */
@TemplateData
public record IdentityNotConfirmedNotice(String caseReference, String name, String requestType, String requestSubject,
        String receivedOn) {
}

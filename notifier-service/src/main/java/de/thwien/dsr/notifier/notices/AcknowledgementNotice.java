package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;

/**
 * What the acknowledgement of receipt tells the requester (Art. 12(3) GDPR). {@code requestPronoun} refers back to
 * {@code requestType} ("Ihren Antrag … Wir beantworten ihn"), so it is chosen with the noun, as is
 * {@code requestGenitive} ("Den Stand Ihres Antrags"; the template says "Antrag" when it is null). {@code periodEnded}:
 * the request reached the system only after its month had ended (a letter registered late); the notice then says so
 * instead of promising a date that has passed. {@code withdrawal}: a consent withdrawal is a declaration that took
 * effect on receipt (Art. 7(3) GDPR), and the acknowledgement says so. {@code withdrawalOnReceipt}: on a withdrawal
 * with an e-mail address, what happened at once (erasure-service unpublishes the published recordings of her
 * conference rooms when the case opens, before she confirms) and that the rest waits for her confirmation, so she
 * learns it even if she never confirms; null otherwise (without an address nothing is unpublished before verification).
 */
@TemplateData
public record AcknowledgementNotice(String caseReference, String name, String requestType, String requestPronoun,
        String requestGenitive, String receivedOn, String dueOn, String statusUrl, boolean periodEnded,
        boolean withdrawal, String withdrawalOnReceipt) {

    public AcknowledgementNotice(String caseReference, String name, String requestType, String requestPronoun,
            String receivedOn, String dueOn, String statusUrl) {
        this(caseReference, name, requestType, requestPronoun, receivedOn, dueOn, statusUrl, false);
    }

    public AcknowledgementNotice(String caseReference, String name, String requestType, String requestPronoun,
            String receivedOn, String dueOn, String statusUrl, boolean periodEnded) {
        this(caseReference, name, requestType, requestPronoun, null, receivedOn, dueOn, statusUrl, periodEnded, false,
                null);
    }

    /**
     * The acknowledgement of a request of this type, worded in {@code language}; {@code withAddress}: the request came
     * with her e-mail address (the verification link goes there).
     */
    public static AcknowledgementNotice of(String caseReference, String name, RequestType type,
            NoticeLanguage language, LocalDate receivedOn, LocalDate dueOn, String statusUrl, boolean periodEnded,
            boolean withAddress) {
        boolean withdrawal = type == RequestType.CONSENT_WITHDRAWAL;
        return new AcknowledgementNotice(caseReference, name, language.yourRequest(type),
                language.yourRequestPronoun(type), language.yourRequestGenitive(type), language.date(receivedOn),
                language.date(dueOn), statusUrl, periodEnded, withdrawal,
                withdrawal && withAddress ? language.text("withdrawal.onReceipt") : null);
    }

    public boolean hasName() {
        return name != null && !name.isBlank();
    }
}

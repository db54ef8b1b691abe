package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/**
 * Not acting on the request (Art. 12(4) GDPR). {@code request}: which request is refused, worded as the object of a
 * sentence ("Ihren Antrag auf Löschung (Art. 17 DSGVO)"), and {@code receivedOn} the day it was received, so the
 * requester knows which of her requests it is; both empty when the case's request is not known here.
 */
@TemplateData
public record RefusalNotice(String caseReference, String name, String reason, String reasons, String request,
        String receivedOn) {

    /** A refusal whose request is not known here: the notice speaks of "Ihren Antrag". */
    public RefusalNotice(String caseReference, String name, String reason, String reasons) {
        this(caseReference, name, reason, reasons, "", "");
    }
}

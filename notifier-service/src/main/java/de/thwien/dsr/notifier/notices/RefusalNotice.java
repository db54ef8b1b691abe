package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.notifier.wording.NoticeLanguage;
import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.util.Map;

/**
 * Not acting on the request (Art. 12(4) GDPR). {@code request}: which request is refused, worded as the object of a
 * sentence ("Ihren Antrag auf Löschung (Art. 17 DSGVO)"), and {@code receivedOn} the day it was received, so the
 * requester knows which of her requests it is, and {@code requestSubject} the request as the subject line names it
 * ("Ihr Löschantrag"); all empty when the case's request is not known here. {@code late}: the sentence that the
 * refusal comes after the month of Art. 12(4) GDPR, empty when it is in time.
 */
@TemplateData
public record RefusalNotice(String caseReference, String name, String reason, String reasons, String request,
        String requestSubject, String receivedOn, String late) {

    /** A refusal in time. */
    public RefusalNotice(String caseReference, String name, String reason, String reasons, String request,
            String requestSubject, String receivedOn) {
        this(caseReference, name, reason, reasons, request, requestSubject, receivedOn, "");
    }

    /**
     * The sentence that a refusal comes after the month within which it had to be told, which ended on
     * {@code lateAfter}; empty for a refusal in time ({@code lateAfter} null). {@code type}: the refused request's,
     * null when not known here (then "your message").
     */
    public static String lateness(LocalDate lateAfter, RequestType type, NoticeLanguage language) {
        return lateAfter == null ? "" : language.text("refusal.late", Map.of("lateAfter", language.date(lateAfter),
                "request", language.yourRequestGenitive(type == null ? RequestType.UNCLASSIFIED : type)));
    }

    /** A refusal whose request is not known here: the notice speaks of "Ihren Antrag". */
    public RefusalNotice(String caseReference, String name, String reason, String reasons) {
        this(caseReference, name, reason, reasons, "", "", "");
    }
}

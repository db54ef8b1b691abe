package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The answer to an objection (Art. 21 GDPR), per purpose she objected to. {@code stopped}: purposes whose processing
 * ended, with what was erased and what is restricted instead (a retention hold) until when. {@code continued}:
 * purposes whose processing continues on compelling legitimate grounds, in the assistant's words. A purpose is in one
 * of the two only. {@code notCovered}: records processed on another legal basis, to which the right to object does not
 * apply. {@code noDutyLeft}: records on no legitimate interest erased because no retention duty keeps them (any more).
 * {@code otherKept}: records kept for another reason (a store not searched ...). {@code nothingOnLegitimateInterest}:
 * none of the records found is processed on a legitimate interest, so there was nothing to stop or continue.
 * {@code directMarketingStopped}: processing for direct marketing was among the stopped; otherwise the answer says
 * there is and was none. {@code remedies}: the Art. 12(4) paragraph naming the parts of this answer not carried out
 * as she asked, which makes the judicial remedy paragraph mandatory; empty when everything she objected to stopped.
 * {@code unassignedLogs}: when no record of the server-log purpose was found, the paragraph on the logs the privacy
 * policy names (access and error logs, intrusion detection, the conference's logs and STUN/TURN server): why nothing
 * in them could be assigned to her, how soon they are erased, and what she can do; empty when such records were found.
 */
@TemplateData
public record ObjectionNotice(String caseReference, String name, List<StoppedPurpose> stopped,
        List<ContinuedPurpose> continued, List<KeptItem> notCovered, List<ErasedItem> noDutyLeft,
        List<KeptItem> otherKept, RecipientsTold recipients, List<String> stillToDo,
        boolean nothingOnLegitimateInterest, boolean directMarketingStopped, String remedies,
        String unassignedLogs) {

    /** Whether something was not carried out as she asked (Art. 12(4) GDPR): complaint and judicial remedy. */
    public boolean partlyRefused() {
        return !remedies.isEmpty();
    }

    /** Whether a record was erased: the answer says how long erased data stays in backups. */
    public boolean erasedAnything() {
        return !noDutyLeft.isEmpty() || stopped.stream().anyMatch(purpose -> !purpose.erased().isEmpty());
    }

    /** Whether a record was erased or restricted: the answer names the recipients told of it (Art. 19 GDPR). */
    public boolean changedAnything() {
        return !stopped.isEmpty() || !noDutyLeft.isEmpty();
    }

    /** A purpose whose processing stopped, and what became of its records. */
    @TemplateData
    public record StoppedPurpose(String purpose, List<ErasedItem> erased, List<RestrictedItem> restricted) {
    }

    /** A purpose whose processing continues, the grounds and the records it concerns. */
    @TemplateData
    public record ContinuedPurpose(String purpose, List<String> grounds, List<String> records) {
    }
}

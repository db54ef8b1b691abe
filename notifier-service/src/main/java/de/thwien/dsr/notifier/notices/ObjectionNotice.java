package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The answer to an objection (Art. 21 GDPR), per purpose she objected to. {@code stopped}: purposes whose processing
 * ended, with what was erased and what is restricted instead (a retention hold) until when. {@code continued}:
 * purposes whose processing continues on compelling legitimate grounds, in the assistant's words, which makes the
 * complaint and judicial remedy paragraphs mandatory (Art. 12(4) GDPR). {@code notCovered}: records processed on
 * another legal basis, to which the right to object does not apply. {@code otherKept}: records kept for another reason
 * (a name-only match under review, a store not searched). {@code partlyRefused}: something was not done as she asked.
 */
@TemplateData
public record ObjectionNotice(String caseReference, String name, List<StoppedPurpose> stopped,
        List<ContinuedPurpose> continued, List<KeptItem> notCovered, List<KeptItem> otherKept,
        RecipientsTold recipients, List<String> stillToDo, boolean partlyRefused) {

    /** A purpose whose processing stopped, and what became of its records. */
    @TemplateData
    public record StoppedPurpose(String purpose, List<ErasedItem> erased, List<RestrictedItem> restricted) {
    }

    /** A purpose whose processing continues, the grounds and the records it concerns. */
    @TemplateData
    public record ContinuedPurpose(String purpose, List<String> grounds, List<String> records) {
    }
}

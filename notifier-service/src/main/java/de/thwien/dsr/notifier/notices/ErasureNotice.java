package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * Erasure confirmation (Art. 17, 18, 19 GDPR) and consent-withdrawal confirmation (Art. 7(3) GDPR).
 * {@code partlyRefused}: some part of the request was not carried out as asked (records restricted instead of erased,
 * declined or still kept), so the notice adds the right to a judicial remedy to the reasons and the right to complain
 * (Art. 12(4) GDPR). {@code recipients}: the Art. 19
 * recipients as recorded, never as configured. {@code stillToDo}: what the operator still has to do on a server
 * after the erasures (a recording's raw media, a stored file), one sentence per kind, so the notice does not claim
 * more than was done. {@code mentionsRemoved}: another person's messages from which only her name and address were
 * removed (the messages stay theirs; the notice does not say whose). {@code recordingsUnpublishedAt}: when
 * erasure-service unpublished her conference recordings on receipt of a consent withdrawal
 * ({@code recordings.unpublished}), null when it did not.
 */
@TemplateData
public record ErasureNotice(String caseReference, String name, String requestType, List<ErasedItem> erased,
        List<RestrictedItem> restricted, List<KeptItem> kept, List<ContinuingItem> continuing,
        RecipientsTold recipients, boolean partlyRefused, List<String> stillToDo, List<ErasedItem> mentionsRemoved,
        String recordingsUnpublishedAt) {

    public ErasureNotice(String caseReference, String name, String requestType, List<ErasedItem> erased,
            List<RestrictedItem> restricted, List<KeptItem> kept, List<ContinuingItem> continuing,
            RecipientsTold recipients, boolean partlyRefused, List<String> stillToDo, List<ErasedItem> mentionsRemoved) {
        this(caseReference, name, requestType, erased, restricted, kept, continuing, recipients, partlyRefused,
                stillToDo, mentionsRemoved, null);
    }

    public ErasureNotice(String caseReference, String name, String requestType, List<ErasedItem> erased,
            List<RestrictedItem> restricted, List<KeptItem> kept, List<ContinuingItem> continuing,
            RecipientsTold recipients, boolean partlyRefused, List<String> stillToDo) {
        this(caseReference, name, requestType, erased, restricted, kept, continuing, recipients, partlyRefused,
                stillToDo, List.of(), null);
    }

    /** Whether a withdrawal erased records processed on another basis because their storage period had ended. */
    public boolean erasedForEndedStoragePeriod() {
        return erased != null && erased.stream().anyMatch(ErasedItem::storagePeriodEnded);
    }

    /**
     * The kept records that are parts of the request not carried out as asked (declined, awaiting review, in a store
     * not searched), without those a consent withdrawal leaves to their other basis as it asks.
     */
    public List<KeptItem> keptAgainstTheRequest() {
        return kept == null ? List.of() : kept.stream().filter(k -> !k.otherBasis()).toList();
    }

    /** The same notice, saying when her recordings were unpublished on receipt of her withdrawal. */
    public ErasureNotice withRecordingsUnpublishedAt(String at) {
        return new ErasureNotice(caseReference, name, requestType, erased, restricted, kept, continuing, recipients,
                partlyRefused, stillToDo, mentionsRemoved, at);
    }
}

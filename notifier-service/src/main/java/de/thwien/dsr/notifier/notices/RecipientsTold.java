package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * Art. 19 GDPR in the requester's confirmation, from the recorded notifications of the case only: {@code informed}
 * those really told (instruction sent, or confirmed by the assistant) with the date; {@code beingInformed} those whose
 * notification is recorded but not done yet; {@code notReached} those whose instruction mail failed for good (the
 * assistant tells them another way); {@code hosting} the processors that only host our own servers, covered by the
 * erasure there. All empty: no erased or restricted record concerned any recipient.
 */
@TemplateData
public record RecipientsTold(List<InformedRecipient> informed, List<String> beingInformed, List<String> notReached,
        List<String> hosting) {

    public RecipientsTold(List<InformedRecipient> informed, List<String> beingInformed, List<String> hosting) {
        this(informed, beingInformed, List.of(), hosting);
    }

    /** An outcome that concerned no recipient. */
    public static RecipientsTold none() {
        return new RecipientsTold(List.of(), List.of(), List.of());
    }

    /**
     * Whether any recipient is named as told, being told or not reached; the data centres of our own servers alone
     * are no one to name (erasing on our servers covers them).
     */
    public boolean named() {
        return !informed.isEmpty() || !beingInformed.isEmpty() || !notReached.isEmpty();
    }

    public boolean any() {
        return !informed.isEmpty() || !beingInformed.isEmpty() || !notReached.isEmpty() || !hosting.isEmpty();
    }

    /** A recipient told, and the day ({@code on}, in the notice's language). */
    @TemplateData
    public record InformedRecipient(String name, String on) {
    }
}

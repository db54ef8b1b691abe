package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.RestrictionEnd;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;

/**
 * What the rectifications of her records say about their accuracy: the result of the accuracy check a restriction on
 * ground Art. 18(1)(a) GDPR waits for. Rectification sits above the plans, so it answers through this interface.
 * Runs in the caller's Hibernate Reactive session.
 */
public interface RectifiedRecords {

    /** A record as its store names it. */
    record StoredRecord(String store, String reference) {
    }

    /**
     * The result of a rectification completed at or after {@code since} that decided on any of {@code records}:
     * {@link RestrictionEnd#RECTIFIED} when one of them was corrected with proof, {@link RestrictionEnd#CONFIRMED_ACCURATE}
     * when they were reviewed and found correct; null when no such rectification exists.
     */
    Uni<RestrictionEnd> accuracyCheckOf(Collection<StoredRecord> records, Instant since);
}

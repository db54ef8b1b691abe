package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.erasure.plans.RectifiedRecords;
import de.thwien.dsr.events.RestrictionEnd;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A completed rectification as the accuracy check of a restriction on ground Art. 18(1)(a) GDPR: a record of hers
 * corrected with proof, or reviewed and found correct ("no change needed", with its reason). A supplementary
 * statement (the store cannot change the record) is no finding on its accuracy and does not count.
 */
@ApplicationScoped
public class RectificationsAsAccuracyCheck implements RectifiedRecords {

    @Override
    public Uni<RestrictionEnd> accuracyCheckOf(Collection<StoredRecord> records, Instant since) {
        if (records.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        Set<String> stores = records.stream().map(StoredRecord::store).collect(Collectors.toSet());
        Set<String> references = records.stream().map(StoredRecord::reference).collect(Collectors.toSet());
        return RectificationItem.<RectificationItem>list("store in ?1 and reference in ?2 and caseId in (select p.caseId"
                        + " from RectificationPlan p where p.status = ?3 and p.completedAt >= ?4)", stores, references,
                        RectificationPlan.Status.COMPLETED, since)
                .map(items -> resultOf(items.stream()
                        .filter(item -> records.contains(new StoredRecord(item.store, item.reference))).toList()));
    }

    private static RestrictionEnd resultOf(List<RectificationItem> decided) {
        if (decided.stream().anyMatch(item -> item.decision == RectificationItem.Decision.CORRECT
                && item.execution == RectificationItem.Execution.DONE)) {
            return RestrictionEnd.RECTIFIED;
        }
        if (decided.stream().anyMatch(item -> item.decision == RectificationItem.Decision.NO_CHANGE)) {
            return RestrictionEnd.CONFIRMED_ACCURATE;
        }
        return null;
    }
}

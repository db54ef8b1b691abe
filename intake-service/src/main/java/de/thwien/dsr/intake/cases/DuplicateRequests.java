package de.thwien.dsr.intake.cases;

import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.List;

/**
 * Links a newly verified case to an earlier open case of the same verified address and type within 30
 * days. Both stay cases of their own: the assistant sees the link and decides, nothing is merged.
 */
@ApplicationScoped
public class DuplicateRequests {

    static final Duration WINDOW = Duration.ofDays(30);
    private static final List<CaseStatus> VERIFIED_AND_OPEN =
            List.of(CaseStatus.VERIFIED, CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_APPROVAL);

    /** Call after {@code dsrCase} became VERIFIED, in the same transaction. */
    public Uni<Void> link(DsrCase dsrCase, Instant now) {
        if (dsrCase.requesterEmailDigest == null) {
            // a row from before sealing at rest that start-up has not sealed yet: nothing to compare with
            return Uni.createFrom().voidItem();
        }
        // by the keyed digest of the normalised address: the address itself is sealed per case
        return DsrCase.<DsrCase>find("requesterEmailDigest = ?1 and requestType = ?2 and id <> ?3 "
                                + "and status in ?4 and receivedAt >= ?5 and receivedAt <= ?6 order by receivedAt",
                        dsrCase.requesterEmailDigest, dsrCase.requestType, dsrCase.id, VERIFIED_AND_OPEN,
                        dsrCase.receivedAt.minus(WINDOW), dsrCase.receivedAt)
                .firstResult()
                .chain(earlier -> {
                    if (earlier == null) {
                        return Uni.createFrom().voidItem();
                    }
                    dsrCase.duplicateOf = earlier.id;
                    return TimelineEntry.of(dsrCase.id, now, "DUPLICATE_LINKED",
                                    "Repeats open case " + earlier.id + " of the same address and type",
                                    Map.of("variant", "repeats", "caseId", earlier.id.toString()), null,
                                    TimelineEntry.SYSTEM)
                            .persist()
                            .chain(() -> TimelineEntry.of(earlier.id, now, "DUPLICATE_LINKED",
                                    "Repeated by case " + dsrCase.id,
                                    Map.of("variant", "repeatedBy", "caseId", dsrCase.id.toString()), null,
                                    TimelineEntry.SYSTEM).persist())
                            .replaceWithVoid();
                });
    }
}

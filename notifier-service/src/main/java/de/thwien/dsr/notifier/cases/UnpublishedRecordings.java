package de.thwien.dsr.notifier.cases;

import de.thwien.dsr.events.ErasureEvents;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That erasure-service unpublished a withdrawing requester's conference recordings on receipt of her withdrawal
 * ({@code recordings.unpublished}), and when: her withdrawal's confirmation says so (Art. 7(3) GDPR). Case id, count
 * and time only.
 */
@Entity
@Table(name = "unpublished_recordings")
public class UnpublishedRecordings extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;

    @Column(nullable = false)
    public int recordings;

    @Column(name = "unpublished_at", nullable = false)
    public Instant unpublishedAt;

    /** Remembers the first announcement of a case that unpublished any recording; one with none changes nothing. */
    public static Uni<Void> remember(ErasureEvents.RecordingsUnpublished unpublished) {
        if (unpublished.recordIds().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return UnpublishedRecordings.<UnpublishedRecordings>findById(unpublished.caseId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            UnpublishedRecordings row = new UnpublishedRecordings();
            row.caseId = unpublished.caseId();
            row.recordings = unpublished.recordIds().size();
            row.unpublishedAt = unpublished.unpublishedAt();
            return row.persist().replaceWithVoid();
        });
    }

    /** When the case's recordings were unpublished, or null when none were. */
    public static Uni<Instant> of(String caseId) {
        return UnpublishedRecordings.<UnpublishedRecordings>findById(caseId)
                .map(row -> row == null ? null : row.unpublishedAt);
    }
}

package de.thwien.dsr.erasure.withdrawal;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A recording unpublished when a consent withdrawal's case opened, before verification (store ids only). */
@Entity
@Table(name = "unpublished_recording")
public class UnpublishedRecording extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String store;

    @Column(name = "record_id", nullable = false)
    public String recordId;

    @Column(name = "unpublished_at", nullable = false)
    public Instant unpublishedAt;

    static UnpublishedRecording of(UUID caseId, String store, String recordId, Instant at) {
        UnpublishedRecording recording = new UnpublishedRecording();
        recording.caseId = caseId;
        recording.store = store;
        recording.recordId = recordId;
        recording.unpublishedAt = at;
        return recording;
    }

    /** The recordings unpublished for the case, in record id order. */
    public static Uni<List<UnpublishedRecording>> ofCase(UUID caseId) {
        return list("caseId = ?1 order by recordId", caseId);
    }
}

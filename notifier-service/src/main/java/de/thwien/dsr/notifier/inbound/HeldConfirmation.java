package de.thwien.dsr.notifier.inbound;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An erasure outcome whose confirmation waits on the recipients' instructions: the event as sealed on the topic. */
@Entity
@Table(name = "held_confirmation")
public class HeldConfirmation extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    /** The CloudEvents headers, as a JSON object. */
    @Column(nullable = false)
    public String headers;

    /** The event's JSON, its personal block sealed with the case's key. */
    @Column(nullable = false)
    public String payload;

    @Column(name = "held_at", nullable = false)
    public Instant heldAt;

    static Uni<List<HeldConfirmation>> ofCase(String caseId) {
        return list("caseId = ?1 order by heldAt", caseId);
    }
}

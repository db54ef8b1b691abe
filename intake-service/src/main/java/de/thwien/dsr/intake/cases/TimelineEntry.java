package de.thwien.dsr.intake.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something that happened to a case, shown to the assistant. Details never hold personal data.
 * Append-only: the database refuses updates and deletes (migration V2).
 */
@Entity
@Table(name = "case_timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    public static final String SYSTEM = "system";
    public static final String REQUESTER = "requester";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String detail;

    /** Who did it: an assistant's login, {@code requester}, {@code system} or the reporting service. */
    @Column(nullable = false)
    public String actor;

    /** The event this entry records, if any. */
    @Column(name = "event_id", unique = true)
    public UUID eventId;

    public static TimelineEntry of(UUID caseId, Instant occurredAt, String kind, String detail, UUID eventId) {
        return of(caseId, occurredAt, kind, detail, eventId, SYSTEM);
    }

    public static TimelineEntry of(UUID caseId, Instant occurredAt, String kind, String detail, UUID eventId,
            String actor) {
        TimelineEntry entry = new TimelineEntry();
        entry.actor = actor;
        entry.caseId = caseId;
        entry.occurredAt = occurredAt;
        entry.kind = kind;
        entry.detail = detail;
        entry.eventId = eventId;
        return entry;
    }

    public static Uni<List<TimelineEntry>> ofCase(UUID caseId) {
        return list("caseId = ?1 order by occurredAt, id", caseId);
    }
}

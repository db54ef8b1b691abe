package de.thwien.dsr.intake.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Something that happened to a case, shown to the assistant. Details never hold personal data.
 * Append-only: the database refuses updates and deletes (migration V2). {@code detail} is the English sentence the
 * case API shows; {@code params} are the same facts as named codes, counts and dates (migration V17), from which the
 * dashboard words the entry in the page's language. Entries written before V17 have no params.
 */
@Entity
@Table(name = "case_timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    public static final String SYSTEM = "system";
    public static final String REQUESTER = "requester";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() {
    };

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

    /** The entry's facts by name, as a JSON object of strings; null for entries written before V17. */
    @Column(name = "params")
    public String params;

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

    /** The same, with the facts the dashboard words in the page's language. */
    public static TimelineEntry of(UUID caseId, Instant occurredAt, String kind, String detail,
            Map<String, String> params, UUID eventId, String actor) {
        TimelineEntry entry = of(caseId, occurredAt, kind, detail, eventId, actor);
        entry.params = params == null ? null : write(params);
        return entry;
    }

    /** The facts by name (perhaps none); null for an entry written before they were kept. */
    public Map<String, String> params() {
        if (params == null) {
            return null;
        }
        try {
            return JSON.readValue(params, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("timeline entry " + id + " has unreadable params", e);
        }
    }

    private static String write(Map<String, String> params) {
        try {
            return JSON.writeValueAsString(new LinkedHashMap<>(params));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("timeline params not writable", e);
        }
    }

    public static Uni<List<TimelineEntry>> ofCase(UUID caseId) {
        return list("caseId = ?1 order by occurredAt, id", caseId);
    }
}

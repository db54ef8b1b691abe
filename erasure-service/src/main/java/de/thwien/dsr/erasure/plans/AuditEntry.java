package de.thwien.dsr.erasure.plans;

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

/** Who did what to a plan and why; written in the transaction of the change. No personal data in {@code detail}. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    public static final String SYSTEM = "erasure-service";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "item_id")
    public Long itemId;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String detail;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public static Uni<AuditEntry> record(UUID caseId, Long itemId, String actor, String action, String detail,
            Instant at) {
        AuditEntry entry = new AuditEntry();
        entry.caseId = caseId;
        entry.itemId = itemId;
        entry.actor = actor;
        entry.action = action;
        entry.detail = detail;
        entry.occurredAt = at;
        return entry.persist();
    }

    public static Uni<List<AuditEntry>> ofCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}

package de.thwien.dsr.erasure.jobs;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A restricted record to be erased when its hold ends; persisted so it survives restarts. */
@Entity
@Table(name = "deferred_erasure")
public class DeferredErasure extends PanacheEntityBase {

    public enum Status { SCHEDULED, ERASED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "item_id", nullable = false, unique = true)
    public Long itemId;

    @Column(nullable = false)
    public String store;

    @Column(nullable = false)
    public String reference;

    @Column(name = "retention_category")
    public String retentionCategory;

    @Column(name = "erasable_from", nullable = false)
    public LocalDate erasableFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "erased_at")
    public Instant erasedAt;

    public String proof;

    @Version
    public long version;
}

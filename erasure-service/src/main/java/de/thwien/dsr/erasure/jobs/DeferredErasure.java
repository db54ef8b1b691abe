package de.thwien.dsr.erasure.jobs;

import de.thwien.dsr.erasure.plans.RetriedStoreWrite;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A restricted record to be erased when its hold ends; persisted so it survives restarts. */
@Entity
@Table(name = "deferred_erasure")
public class DeferredErasure extends RetriedStoreWrite {

    /** NEEDS_ATTENTION: the store refused the erasure for good; the assistant takes it from there. */
    public enum Status { SCHEDULED, ERASED, NEEDS_ATTENTION }

    @Column(name = "item_id", nullable = false, unique = true)
    public Long itemId;

    @Column(name = "erasable_from", nullable = false)
    public LocalDate erasableFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "erased_at")
    public Instant erasedAt;

    /** What the store answered when it erased the record (re-read, gone). */
    public String proof;

    /** An attempt that worked; {@code proof} is what the store answered when re-read. */
    public void attemptSucceeded(String proof) {
        attemptSucceeded();
        this.proof = proof;
    }
}

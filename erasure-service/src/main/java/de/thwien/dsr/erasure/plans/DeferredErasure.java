package de.thwien.dsr.erasure.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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

    /** The deferred erasure of a plan item's restricted record, due from {@code erasableFrom}. */
    public static DeferredErasure scheduled(long itemId, UUID caseId, String store, String reference,
            String retentionCategory, LocalDate erasableFrom) {
        DeferredErasure job = new DeferredErasure();
        job.target(caseId, store, reference, retentionCategory);
        job.itemId = itemId;
        job.erasableFrom = erasableFrom;
        job.status = Status.SCHEDULED;
        return job;
    }

    /** Restricted again (a pinned or followed hold): erases where the record is now, from the new date. */
    public void moveTo(String reference, LocalDate erasableFrom) {
        relocate(reference);
        this.erasableFrom = erasableFrom;
    }

    /** An attempt that worked; {@code proof} is what the store answered when re-read. */
    public void attemptSucceeded(String proof) {
        attemptSucceeded();
        this.proof = proof;
    }
}

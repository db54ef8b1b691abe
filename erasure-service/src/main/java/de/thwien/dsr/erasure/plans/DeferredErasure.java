package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.events.Finding;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A restricted record to be erased when its hold ends, or a record kept on its own basis when its storage period
 * ends; persisted so it survives restarts. Its state changes only
 * through its intent methods: claimed by the job, then erased (with the store's proof), failed, or handed to the
 * assistant.
 */
@Entity
@Table(name = "deferred_erasure")
public class DeferredErasure extends RetriedStoreWrite {

    /** NEEDS_ATTENTION: the store refused the erasure for good; the assistant takes it from there. */
    public enum Status { SCHEDULED, ERASED, NEEDS_ATTENTION }

    @Column(name = "item_id", nullable = false, unique = true)
    private Long itemId;

    @Column(name = "erasable_from", nullable = false)
    private LocalDate erasableFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "erased_at")
    private Instant erasedAt;

    /** What the store answered when it erased the record (re-read, gone). */
    private String proof;

    /** A part of the record erased first, from {@link #partErasableFrom} (a mail's body); null: none (left). */
    @Enumerated(EnumType.STRING)
    @Column(name = "part_kind")
    private Finding.PartKind partKind;

    @Column(name = "part_erasable_from")
    private LocalDate partErasableFrom;

    /** When her confirmation told her of this erasure; null while it has not (or the record is not erased yet). */
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** The deferred erasure of a plan item's restricted record, due from {@code erasableFrom}. */
    public static DeferredErasure scheduled(long itemId, UUID caseId, String store, String reference,
            String retentionCategory, LocalDate erasableFrom) {
        return scheduled(itemId, caseId, store, reference, retentionCategory, erasableFrom, null);
    }

    /** As {@link #scheduled}, with a part erased before the rest from its own date ({@code earlierPart}, or null). */
    public static DeferredErasure scheduled(long itemId, UUID caseId, String store, String reference,
            String retentionCategory, LocalDate erasableFrom, EarlierPart earlierPart) {
        DeferredErasure job = new DeferredErasure();
        job.target(caseId, store, reference, retentionCategory);
        job.itemId = itemId;
        job.erasableFrom = erasableFrom;
        job.status = Status.SCHEDULED;
        if (earlierPart != null) {
            job.partKind = earlierPart.kind();
            job.partErasableFrom = earlierPart.erasableFrom();
        }
        return job;
    }

    /**
     * The records of {@code entries} kept on their own basis until their storage period ends are erased then
     * ({@link PlanItem#erasedWhenItsPeriodEnds}): the date the answer gives is one the deferred erasure keeps.
     * The items have their ids (flushed).
     */
    static Uni<Void> afterTheirPeriod(List<PlanItem> entries) {
        List<DeferredErasure> jobs = entries.stream().filter(PlanItem::erasedWhenItsPeriodEnds)
                .map(e -> scheduled(e.id(), e.caseId(), e.store(), e.reference(), e.retentionCategory(),
                        e.erasableFrom(), e.earlierPart()))
                .toList();
        return jobs.isEmpty() ? Uni.createFrom().voidItem() : persist(jobs);
    }

    /**
     * The item's period may have changed (reclassified): its erasure follows, is scheduled now, or is dropped when
     * the item is no longer kept until a period ends.
     */
    static Uni<Void> followPeriodOf(PlanItem entry, Instant now) {
        return DeferredErasure.<DeferredErasure>find("itemId", entry.id()).firstResult().chain(row -> {
            if (row == null) {
                return afterTheirPeriod(List.of(entry));
            }
            if (entry.erasedWhenItsPeriodEnds()) {
                row.moveTo(entry.reference(), entry.erasableFrom(), entry.earlierPart());
                return Uni.createFrom().voidItem();
            }
            return row.status == Status.SCHEDULED && entry.execution() == Execution.KEPT
                    ? row.delete() : Uni.createFrom().voidItem();
        });
    }

    /** The erasures of the case no confirmation has told her of yet. */
    static Uni<List<DeferredErasure>> unconfirmedOf(UUID caseId) {
        return list("caseId = ?1 and status = ?2 and confirmedAt is null order by id", caseId, Status.ERASED);
    }

    /**
     * How many of the case's records (or parts) are due for erasure by {@code today} and not erased yet: a run
     * erasing some of them leaves the confirmation to the run that erases the last (another instance's, or the next).
     * Rows waiting for their next attempt after a failure do not hold it back.
     */
    static Uni<Long> stillDue(UUID caseId, LocalDate today, Instant now) {
        return count("caseId = ?1 and status = ?2 and coalesce(partErasableFrom, erasableFrom) <= ?3"
                + " and (nextAttemptAt is null or nextAttemptAt <= ?4)", caseId, Status.SCHEDULED, today, now);
    }

    /** Her confirmation told her of this erasure. */
    void confirmed(Instant now) {
        confirmedAt = now;
    }

    /** The part to erase on {@code today} before the rest, or null when the whole record is due. */
    public Finding.PartKind partDueOn(LocalDate today) {
        return partKind != null && !partErasableFrom.isAfter(today) ? partKind : null;
    }

    /**
     * The store erased the part; the rest is erased from {@link #erasableFrom()}, at {@code referenceAfter} if the
     * record moved (a stripped mail is a new message). The part's proof is kept on the plan item.
     */
    public void partErased(String referenceAfter) {
        requireScheduled();
        attemptSucceeded();
        if (referenceAfter != null) {
            relocate(referenceAfter);
        }
        partKind = null;
        partErasableFrom = null;
    }

    /** Restricted again (a pinned or followed hold): erases where the record is now, from the new date. */
    /** The record a restored backup brought back was restricted again and lies here now: the erasure follows it. */
    public void followRestoredRecord(String reference) {
        relocate(reference);
    }

    /**
     * Scheduled again for the item as it is now: at {@code reference}, due from {@code erasableFrom}, with the part
     * erased first ({@code earlierPart}, null: none left).
     */
    void moveTo(String reference, LocalDate erasableFrom, EarlierPart earlierPart) {
        relocate(reference);
        this.erasableFrom = erasableFrom;
        partKind = earlierPart == null ? null : earlierPart.kind();
        partErasableFrom = earlierPart == null ? null : earlierPart.erasableFrom();
    }

    /**
     * The item's hold moved (pinned, or master data following the last hold): due from the new date. Refused while
     * the job erases the record: the store call cannot be called back, so the new hold would be reported but lost.
     */
    void reschedule(LocalDate erasableFrom, Instant now) {
        if (status != Status.SCHEDULED) {
            return;
        }
        if (claimedAt(now)) {
            throw new PlanItemConflict("the erasure after the hold is running for this item: its hold cannot change"
                    + " any more; the plan shows the outcome when it is done");
        }
        this.erasableFrom = erasableFrom;
    }

    /** Reserves the erasure for this instance; only one still scheduled. */
    @Override
    public void claim(Instant now, ErasureConfig.Execution execution) {
        requireScheduled();
        super.claim(now, execution);
    }

    /** The store erased the record; {@code proof} is what it answered when re-read (gone). */
    public void succeeded(String proof, Instant now) {
        requireProof(proof);
        requireScheduled();
        attemptSucceeded();
        this.proof = proof;
        status = Status.ERASED;
        erasedAt = now;
    }

    /**
     * An attempt that failed; tried again with backoff, except a refusal repeated {@code maxRefusals} times: retrying
     * it forever would hide it, so the assistant resolves it. Whether it is handed to her now.
     */
    public boolean failed(String error, boolean refused, int maxRefusals, Instant now,
            ErasureConfig.Execution execution) {
        requireScheduled();
        attemptFailed(error, now, execution);
        if (refused && attempts() >= maxRefusals) {
            status = Status.NEEDS_ATTENTION;
            return true;
        }
        return false;
    }

    public long itemId() {
        return itemId;
    }

    public LocalDate erasableFrom() {
        return erasableFrom;
    }

    public Status status() {
        return status;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public String proof() {
        return proof;
    }

    private void requireScheduled() {
        if (status != Status.SCHEDULED) {
            throw new IllegalStateException("a deferred erasure that is " + status + " does not run again");
        }
    }
}

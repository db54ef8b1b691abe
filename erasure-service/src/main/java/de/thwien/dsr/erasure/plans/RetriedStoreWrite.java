package de.thwien.dsr.erasure.plans;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A write to one record of a store that is claimed by one instance at a time (row lock + lease) and
 * retried with backoff until it succeeds: a plan item, or a restricted record's deferred erasure.
 * What the attempts achieved is kept with it (the last error here, the proof in the subclass).
 */
@MappedSuperclass
public abstract class RetriedStoreWrite extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private String store;

    private String reference;

    @Column(name = "retention_category")
    private String retentionCategory;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private long version;

    /** The record this write is about; set once, when the write is made. */
    protected void target(UUID caseId, String store, String reference, String retentionCategory) {
        this.caseId = caseId;
        this.store = store;
        this.reference = reference;
        this.retentionCategory = retentionCategory;
    }

    /** The record moved in its store (e.g. a mail into the restricted folder). */
    protected void relocate(String reference) {
        this.reference = reference;
    }

    protected void reclassifyAs(String retentionCategory) {
        this.retentionCategory = retentionCategory;
    }

    /** The last error stays with the write for the assistant, without a further attempt. */
    protected void failedFor(String error) {
        lastError = error;
    }

    /** Due from {@code now}, by whichever instance claims it first. */
    protected void dueFrom(Instant now) {
        nextAttemptAt = now;
        claimedUntil = null;
    }

    /** The claim ends without an attempt (the write was changed meanwhile); it is due again as planned. */
    public void releaseClaim() {
        claimedUntil = null;
    }

    /** Reserves the write for this instance until the lease ends; another instance may then retry it. */
    public void claim(Instant now, ErasureConfig.Execution execution) {
        claimedUntil = now.plus(execution.lease());
    }

    /** Whether an instance holds the write at {@code now}: claimed, and its lease has not ended. */
    protected boolean claimedAt(Instant now) {
        return claimedUntil != null && claimedUntil.isAfter(now);
    }

    /** A record is reported erased only with what the store answered when re-read. */
    protected static void requireProof(String proof) {
        if (proof == null || proof.isBlank()) {
            throw new IllegalArgumentException("a record is reported erased only with the store's proof");
        }
    }

    /** An attempt that worked; the subclass keeps what the store answered as its proof. */
    protected void attemptSucceeded() {
        claimedUntil = null;
        attempts++;
        lastError = null;
    }

    /** An attempt that failed: tried again after a delay that doubles per attempt, up to the maximum. */
    public void attemptFailed(String error, Instant now, ErasureConfig.Execution execution) {
        claimedUntil = null;
        attempts++;
        lastError = error;
        Duration delay = execution.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(delay.compareTo(execution.maxBackoff()) > 0 ? execution.maxBackoff() : delay);
    }

    /** No further attempt: the write waits for the assistant. */
    protected void noFurtherAttempt() {
        claimedUntil = null;
        nextAttemptAt = null;
    }

    public Long id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String store() {
        return store;
    }

    public String reference() {
        return reference;
    }

    public String retentionCategory() {
        return retentionCategory;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }
}

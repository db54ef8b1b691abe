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
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String store;

    public String reference;

    @Column(name = "retention_category")
    public String retentionCategory;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_error")
    public String lastError;

    @Version
    public long version;

    /** Reserves the write for this instance until the lease ends; another instance may then retry it. */
    public void claim(Instant now, ErasureConfig.Execution execution) {
        claimedUntil = now.plus(execution.lease());
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
}

package de.thwien.dsr.erasure.jobs;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of a scheduled job and its result. */
@Entity
@Table(name = "job_run")
public class JobRun extends PanacheEntityBase {

    public static final String DEFERRED_ERASURE = "deferred-erasure";
    public static final String ROUTINE_RETENTION = "routine-retention";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String job;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(nullable = false)
    public int erased;

    @Column(nullable = false)
    public int failed;

    @Column(name = "would_erase", nullable = false)
    public int wouldErase;

    /** What was (or would be) erased, by store and reference; never personal data beyond references. */
    public String report;
}

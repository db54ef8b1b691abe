package de.thwien.dsr.erasure.restore;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the restore check; {@code report} is its {@link RestoreCheckReport} as JSON (no personal data). */
@Entity
@Table(name = "restore_check_run")
public class RestoreCheckRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String trigger;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;

    @Column(name = "ledger_entries", nullable = false)
    public int ledgerEntries;

    @Column(name = "re_erased", nullable = false)
    public int reErased;

    @Column(name = "re_restricted", nullable = false)
    public int reRestricted;

    @Column(nullable = false)
    public int failed;

    /** The stores that could not be asked, comma-separated: their records were not checked. */
    public String unavailable;

    @Column(nullable = false)
    public String report;
}

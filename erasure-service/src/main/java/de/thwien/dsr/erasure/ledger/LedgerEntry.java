package de.thwien.dsr.erasure.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One executed erasure or restriction in the erasure ledger: the store, the keyed hash of the record's restorable
 * identity, what was done and when. Never a name, an address, a Message-ID or a key in clear.
 */
@Entity
@Table(name = "erasure_ledger")
public class LedgerEntry extends PanacheEntityBase {

    public enum Action { ERASED, RESTRICTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String store;

    @Column(name = "identity_digest", nullable = false)
    private String identityDigest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Column(name = "executed_at", nullable = false)
    private Instant executedAt;

    /** A restriction's last day of the hold, re-applied with it. */
    @Column(name = "hold_until")
    private LocalDate holdUntil;

    @Column(name = "case_id")
    private UUID caseId;

    /** The plan item executed; null for routine retention, which has no case. */
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "reapplied_at")
    private Instant reappliedAt;

    @Column(nullable = false)
    private int reapplications;

    public static LedgerEntry of(String store, String identityDigest, Action action, LocalDate holdUntil, UUID caseId,
            Long itemId, Instant executedAt) {
        LedgerEntry entry = new LedgerEntry();
        entry.store = store;
        entry.identityDigest = identityDigest;
        entry.action = action;
        entry.holdUntil = action == Action.RESTRICTED ? holdUntil : null;
        entry.caseId = caseId;
        entry.itemId = itemId;
        entry.executedAt = executedAt;
        return entry;
    }

    /** A restored copy of the record was erased or restricted again. */
    public void reapplied(Instant now) {
        reappliedAt = now;
        reapplications++;
    }

    public Long id() {
        return id;
    }

    public String store() {
        return store;
    }

    public String identityDigest() {
        return identityDigest;
    }

    public Action action() {
        return action;
    }

    public Instant executedAt() {
        return executedAt;
    }

    public LocalDate holdUntil() {
        return holdUntil;
    }

    public UUID caseId() {
        return caseId;
    }

    public Long itemId() {
        return itemId;
    }

    public int reapplications() {
        return reapplications;
    }
}

package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.events.Finding;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One located record of a rectification plan and the assistant's decision on it. Its decision text (the corrected
 * values, the reason, the statement) and its summary are sealed with the case's data key. A correction is written to
 * the store when the plan is executed; once written with proof the decision no longer changes.
 */
@Entity
@Table(name = "rectification_item")
public class RectificationItem extends PanacheEntityBase {

    /** What the assistant decided. */
    public enum Decision {
        /** Not decided yet. */
        OPEN,
        /** Corrected values, written to the store on execution. */
        CORRECT,
        /** The record is correct as it is, for the reason given. */
        NO_CHANGE,
        /** The store cannot change the record; a supplementary statement is kept with the case instead. */
        STATEMENT
    }

    /** Whether a correction is written. */
    public enum Execution { NONE, PENDING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String store;

    @Column(nullable = false)
    public String reference;

    /** Sealed. */
    public String summary;

    @Column(name = "retention_category")
    public String retentionCategory;

    @Column(name = "retention_start")
    public LocalDate retentionStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision;

    /** Sealed: the corrected values as JSON, the reason or the statement. */
    @Column(name = "decision_text")
    public String decisionText;

    @Column(name = "corrected_fields")
    public String correctedFields;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Execution execution;

    @Column(name = "executed_at")
    public Instant executedAt;

    public String proof;

    @Column(name = "last_error")
    public String lastError;

    @Version
    public long version;

    static RectificationItem located(UUID caseId, Finding finding, String sealedSummary) {
        RectificationItem item = new RectificationItem();
        item.caseId = caseId;
        item.store = finding.store();
        item.reference = finding.reference();
        item.retentionCategory = finding.retentionCategory();
        item.retentionStart = finding.retentionStart();
        item.summary = sealedSummary;
        item.decision = Decision.OPEN;
        item.execution = Execution.NONE;
        return item;
    }

    static Uni<List<RectificationItem>> ofCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    /** Corrected values for the fields named; written when the plan is executed. */
    void correct(List<String> fields, String sealedValues, String actor, Instant at) {
        requireUndone();
        decide(Decision.CORRECT, sealedValues, actor, at);
        correctedFields = String.join(",", fields);
        execution = Execution.PENDING;
    }

    void noChange(String sealedReason, String actor, Instant at) {
        requireUndone();
        decide(Decision.NO_CHANGE, sealedReason, actor, at);
    }

    void supplement(String sealedStatement, String actor, Instant at) {
        requireUndone();
        decide(Decision.STATEMENT, sealedStatement, actor, at);
    }

    void written(String proofText, Instant at) {
        execution = Execution.DONE;
        proof = proofText;
        executedAt = at;
        lastError = null;
    }

    void notWritten(String error) {
        execution = Execution.FAILED;
        lastError = error;
    }

    /**
     * Still to be decided: only then does a store that did not answer just now matter to the assistant (its current
     * values are what she decides on); a decided or written record keeps no stale "did not answer".
     */
    boolean awaitsDecision() {
        return decision == Decision.OPEN;
    }

    boolean awaitsWriting() {
        return decision == Decision.CORRECT && execution != Execution.DONE;
    }

    List<String> fields() {
        return correctedFields == null || correctedFields.isBlank() ? List.of()
                : Arrays.asList(correctedFields.split(","));
    }

    private void decide(Decision chosen, String sealedText, String actor, Instant at) {
        decision = chosen;
        decisionText = sealedText;
        decidedBy = actor;
        decidedAt = at;
        correctedFields = null;
        execution = Execution.NONE;
        proof = null;
        lastError = null;
    }

    private void requireUndone() {
        if (execution == Execution.DONE) {
            throw RectificationRefused.conflict("the record was corrected already; its decision no longer changes");
        }
    }
}

package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.ObjectionPurpose;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The assistant's decision on one purpose of an objection case (Art. 21(1) GDPR): stop, or continue on the compelling
 * legitimate grounds she wrote down. Taken once per purpose; every record of the purpose follows it, whenever it
 * becomes one of the purpose's (a name-only match she confirms later, a record reclassified into the purpose), so a
 * purpose is never both stopped and continued.
 */
@Entity
@Table(name = "objection_decision")
public class ObjectionDecision extends PanacheEntityBase {

    /** What the assistant decided for the purpose. */
    public enum Outcome { STOP, CONTINUE }

    /** The case and the purpose decided on. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "case_id")
        public UUID caseId;

        @Enumerated(EnumType.STRING)
        @Column(name = "purpose")
        public ObjectionPurpose purpose;

        public Key() {
        }

        Key(UUID caseId, ObjectionPurpose purpose) {
            this.caseId = caseId;
            this.purpose = purpose;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(caseId, key.caseId) && purpose == key.purpose;
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, purpose);
        }
    }

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome decision;

    /** Her compelling legitimate grounds in her words (the answer quotes them); null for a stop. */
    public String grounds;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    static ObjectionDecision of(UUID caseId, ObjectionPurpose purpose, Outcome decision, String grounds,
            String decidedBy, Instant at) {
        ObjectionDecision made = new ObjectionDecision();
        made.key = new Key(caseId, purpose);
        made.decision = decision;
        made.grounds = grounds;
        made.decidedBy = decidedBy;
        made.decidedAt = at;
        return made;
    }

    /** The decision on the purpose, or null while none was taken. */
    static Uni<ObjectionDecision> on(UUID caseId, ObjectionPurpose purpose) {
        return findById(new Key(caseId, purpose));
    }

    /** The case's decisions, in the order of the purposes. */
    static Uni<List<ObjectionDecision>> ofCase(UUID caseId) {
        return ObjectionDecision.<ObjectionDecision>list("key.caseId = ?1", caseId)
                .map(found -> found.stream().sorted((a, b) -> a.key.purpose.compareTo(b.key.purpose)).toList());
    }

    /** The record of the purpose follows the decision: stopped (erased, or restricted under a hold) or continued. */
    void applyTo(PlanItem entry, Instant now) {
        if (decision == Outcome.STOP) {
            entry.stopOnObjection(now);
        } else {
            entry.continueOnGrounds(grounds);
        }
    }

    boolean stops() {
        return decision == Outcome.STOP;
    }

    public ObjectionPurpose purpose() {
        return key.purpose;
    }
}

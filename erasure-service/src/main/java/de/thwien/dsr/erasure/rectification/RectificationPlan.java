package de.thwien.dsr.erasure.rectification;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A RECTIFICATION case's plan (Art. 16): one {@link RectificationItem} per located record. */
@Entity
@Table(name = "rectification_plan")
public class RectificationPlan extends PanacheEntityBase {

    public enum Status { OPEN, COMPLETED }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false)
    public String language;

    /** Sealed with the case's data key ({@link SealedCaseText}). */
    @Column(name = "person_email")
    public String personEmail;

    @Column(name = "person_name")
    public String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "planned_at", nullable = false)
    public Instant plannedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Version
    public long version;

    /** The answer went out: no decision changes any more. */
    void complete(Instant at) {
        if (status == Status.COMPLETED) {
            throw RectificationRefused.conflict("the rectification of this case is completed already");
        }
        status = Status.COMPLETED;
        completedAt = at;
    }

    void requireOpen() {
        if (status == Status.COMPLETED) {
            throw RectificationRefused.conflict("the rectification of this case is completed already");
        }
    }
}

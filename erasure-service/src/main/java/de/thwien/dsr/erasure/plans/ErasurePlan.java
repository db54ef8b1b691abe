package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.RequestType;
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

/** A case's erasure plan; its items are {@link PlanItem} rows; its person is read through {@link PlanPerson}. */
@Entity
@Table(name = "erasure_plan")
public class ErasurePlan extends PanacheEntityBase {

    public enum Status { OPEN, COMPLETED }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    public RequestType requestType;

    @Column(nullable = false)
    public String language;

    /** Sealed with the case's key ({@link PlanPerson}) once {@link #personSealed}; read through it. */
    @Column(name = "person_email")
    public String personEmail;

    @Column(name = "person_name")
    public String personName;

    /** False only for a plan written in clear before migration V13 and not sealed yet. */
    @Column(name = "person_sealed", nullable = false)
    public boolean personSealed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "planned_at", nullable = false)
    public Instant plannedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** When the assistant asked to lift the restriction she requested (Art. 18 GDPR); null: not asked. */
    @Column(name = "lift_announced_at")
    public Instant liftAnnouncedAt;

    @Column(name = "lift_announced_by")
    public String liftAnnouncedBy;

    /** When the Art. 18(3) notice before the lift was sent: from then on the stores are lifted. */
    @Column(name = "lift_notice_sent_at")
    public Instant liftNoticeSentAt;

    /**
     * The notice before the lift went by post: she has no e-mail address, so it was prepared for the assistant to print
     * and post ({@link #liftNoticeSentAt} is when it was handed over for that), not sent by mail.
     */
    @Column(name = "lift_notice_by_post")
    public boolean liftNoticeByPost;

    @Version
    public long version;
}

package de.thwien.dsr.intake.verification;

import de.thwien.dsr.events.CaseEvents;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The identity check of one case: when it was asked for, until when, and how it ended. */
@Entity
@Table(name = "identity_verification")
public class IdentityVerification extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "reminded_at")
    public Instant remindedAt;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Enumerated(EnumType.STRING)
    public CaseEvents.VerificationMethod method;

    @Column(name = "expired_at")
    public Instant expiredAt;

    /** When the requester was told that her identity was not confirmed; at most once per case. */
    @Column(name = "unconfirmed_notice_at")
    public Instant unconfirmedNoticeAt;

    /** When the assistant last sent a new link after the first one; earlier links stopped working then. */
    @Column(name = "renewed_at")
    public Instant renewedAt;
}

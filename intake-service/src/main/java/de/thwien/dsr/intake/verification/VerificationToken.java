package de.thwien.dsr.intake.verification;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A verification link, stored as the SHA-256 of its token. A case may have two (the first mail and the
 * reminder): the raw token is never stored, so a reminder cannot repeat the first link and gets its own. A new link
 * the assistant sends supersedes all earlier ones.
 */
@Entity
@Table(name = "verification_token")
public class VerificationToken extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** When a newer link replaced this one; it no longer confirms anything. */
    @Column(name = "superseded_at")
    public Instant supersededAt;

    static VerificationToken of(String tokenHash, UUID caseId, Instant issuedAt) {
        VerificationToken token = new VerificationToken();
        token.tokenHash = tokenHash;
        token.caseId = caseId;
        token.issuedAt = issuedAt;
        return token;
    }
}

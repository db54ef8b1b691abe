package de.thwien.dsr.notifier.cases;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the notifier remembers of a case from {@code request.received}: whom to answer, how, in which thread. */
@Entity
@Table(name = "case_contact")
public class CaseContact extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;

    @Column(name = "request_type", nullable = false)
    public String requestType;

    @Column(nullable = false)
    public String language;

    /** Null for a request registered without an address: its notices are printed, not mailed. */
    public String email;

    public String name;

    /** Already checked by {@link de.thwien.dsr.notifier.delivery.MessageIds}; null for web-form requests. */
    @Column(name = "original_message_id")
    public String originalMessageId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** When the requester's identity was verified (by link or by the assistant); null until then. */
    @Column(name = "verified_at")
    public Instant verifiedAt;
}

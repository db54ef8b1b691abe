package de.thwien.dsr.notifier.recipients;

import de.thwien.dsr.notifier.facts.NotificationChannel;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Art. 19 GDPR as recorded work: one recipient of the register to be told of a case's erasure or restriction. A mail
 * recipient's instruction is the notice delivery {@code deliveryId}; a manual one is open until the assistant
 * {@link #confirm}s it; a hosting one is covered by the erasure on our own servers.
 */
@Entity
@Table(name = "recipient_notification")
public class RecipientNotification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    /** The recipient's name in the register. */
    @Column(nullable = false)
    public String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NotificationChannel channel;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    /** The day the assistant told the recipient (manual), as she confirmed it. */
    @Column(name = "informed_on")
    public LocalDate informedOn;

    /** How she told it (letter, phone, portal …), in her words. */
    @Column(name = "informed_via")
    public String informedVia;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    static RecipientNotification open(String caseId, String recipient, NotificationChannel channel, Instant now) {
        RecipientNotification task = new RecipientNotification();
        task.id = UUID.randomUUID();
        task.caseId = caseId;
        task.recipient = recipient;
        task.channel = channel;
        task.createdAt = now;
        return task;
    }

    void confirm(LocalDate on, String via, Instant now) {
        informedOn = on;
        informedVia = via;
        confirmedAt = now;
    }

    static Uni<List<RecipientNotification>> ofCase(String caseId) {
        return list("caseId = ?1 order by createdAt, recipient", caseId);
    }
}

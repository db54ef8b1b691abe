package de.thwien.dsr.intake.mail;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A request mail that could not be read, or failed twice to become a case: it waits in the error folder. */
@Entity
@Table(name = "mail_intake_failure")
public class MailIntakeFailure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The Message-ID; over 255 characters its key ({@link MessageIdKey}), null if none could be read. */
    @Column(name = "message_id")
    public String messageId;

    /** The folder the mail was moved to. */
    @Column(nullable = false)
    public String folder;

    /** What went wrong, technically; never the mail's content. */
    @Column(nullable = false)
    public String reason;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}

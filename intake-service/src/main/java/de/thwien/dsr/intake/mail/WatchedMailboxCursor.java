package de.thwien.dsr.intake.mail;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How far the watch has read a watched mailbox: the highest UID seen under the folder's UIDVALIDITY. */
@Entity
@Table(name = "watched_mailbox_cursor")
public class WatchedMailboxCursor extends PanacheEntityBase {

    @Id
    public String mailbox;

    @Column(name = "uid_validity", nullable = false)
    public long uidValidity;

    @Column(name = "last_uid", nullable = false)
    public long lastUid;
}

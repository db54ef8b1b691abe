package de.thwien.dsr.notifier.recipients;

import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A voicemail of a case as the phone provider knows the call: when its mail arrived and the caller's number as the
 * provider's mail shows it. An Art. 19 instruction names the recording this way, never by our mailbox reference.
 * Remembered from the case's located records ({@code subject.located}); the caller's number sealed with the case's
 * key ({@link VoicemailCalls}), so it goes when the case's key is shredded.
 */
@Entity
@Table(name = "voicemail_call")
public class VoicemailCall extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "called_at")
    public Instant calledAt;

    public String caller;

    /** Whether a located record is a voicemail of our mailbox. */
    static boolean isVoicemail(Finding finding) {
        return StoreId.find(finding.store()).filter(StoreId.MAIL::equals).isPresent()
                && RetentionCategory.find(finding.retentionCategory()).filter(RetentionCategory.VOICEMAIL::equals)
                        .isPresent();
    }

    /** Case and the voicemail mail's reference. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "case_id")
        public String caseId;

        public String reference;

        protected Key() {
        }

        public Key(String caseId, String reference) {
            this.caseId = caseId;
            this.reference = reference;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && caseId.equals(key.caseId) && reference.equals(key.reference);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, reference);
        }
    }
}

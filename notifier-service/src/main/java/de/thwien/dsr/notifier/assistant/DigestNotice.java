package de.thwien.dsr.notifier.assistant;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The digest's data. {@code deadLetters} lists the open dead letters per dead-letter topic; null when the digest
 * event did not report them (written before they were counted), so the mail says nothing about them. Likewise
 * {@code attention} (cases with a new reply, a failed delivery, an unconfirmed identity) and {@code triageItems}
 * (mails waiting in the mailbox's triage list).
 */
@TemplateData
public record DigestNotice(String date, List<DigestLine> dueSoon, List<DigestLine> overdue,
        List<DeadLetterLine> deadLetters, List<AttentionLine> attention, Long triageItems) {

    public DigestNotice(String date, List<DigestLine> dueSoon, List<DigestLine> overdue) {
        this(date, dueSoon, overdue, null, null, null);
    }

    public DigestNotice(String date, List<DigestLine> dueSoon, List<DigestLine> overdue,
            List<DeadLetterLine> deadLetters) {
        this(date, dueSoon, overdue, deadLetters, null, null);
    }

    /** Open dead letters of every topic together. */
    public long openDeadLetters() {
        return deadLetters == null ? 0 : deadLetters.stream().mapToLong(DeadLetterLine::open).sum();
    }

    /** True when the digest event counted dead letters (0 included). */
    public boolean deadLettersReported() {
        return deadLetters != null;
    }

    /** True when the digest event listed the cases to look at (none included). */
    public boolean attentionReported() {
        return attention != null;
    }

    /** True when the digest event counted the mails in triage (0 included). */
    public boolean triageReported() {
        return triageItems != null;
    }
}

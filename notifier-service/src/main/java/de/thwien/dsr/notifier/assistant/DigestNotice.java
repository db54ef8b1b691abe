package de.thwien.dsr.notifier.assistant;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The digest's data. {@code deadLetters} lists the open dead letters per dead-letter topic; null when the digest
 * event did not report them (written before they were counted), so the mail says nothing about them.
 */
@TemplateData
public record DigestNotice(String date, List<DigestLine> dueSoon, List<DigestLine> overdue,
        List<DeadLetterLine> deadLetters) {

    public DigestNotice(String date, List<DigestLine> dueSoon, List<DigestLine> overdue) {
        this(date, dueSoon, overdue, null);
    }

    /** Open dead letters of every topic together. */
    public long openDeadLetters() {
        return deadLetters == null ? 0 : deadLetters.stream().mapToLong(DeadLetterLine::open).sum();
    }

    /** True when the digest event counted dead letters (0 included). */
    public boolean deadLettersReported() {
        return deadLetters != null;
    }
}

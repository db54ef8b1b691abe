package de.thwien.dsr.intake.mail;

import static org.awaitility.Awaitility.await;

import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.SuccessfulExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The scheduled polls of the request mailbox that have finished (with or without an error), as the scheduler reports
 * them. A test that expects a mail to stay where it is waits for polls that began after the mail arrived, instead of
 * watching the mailbox for a fixed time: that proves the poller did look at the mail, and takes a poll interval or
 * two (half a second each in tests) instead of seconds.
 */
@ApplicationScoped
public class FinishedPolls {

    private static final String POLL = MailboxPoller.class.getName() + "#scheduledPoll";

    private final List<Instant> begunAt = new CopyOnWriteArrayList<>();

    void succeeded(@Observes SuccessfulExecution finished) {
        record(finished.getExecution());
    }

    void failed(@Observes FailedExecution finished) {
        record(finished.getExecution());
    }

    private void record(ScheduledExecution execution) {
        if (POLL.equals(execution.getTrigger().getMethodDescription())) {
            begunAt.add(execution.getFireTime());
        }
    }

    /** Waits until {@code count} scheduled polls that began after {@code instant} have finished. */
    public void awaitBegunAfter(Instant instant, int count, Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(50))
                .until(() -> begunAt.stream().filter(begun -> begun.isAfter(instant)).count() >= count);
    }
}

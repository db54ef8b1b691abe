package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds the access answers whose name matches are all decided ({@link NameMatchReviews} marks them due in the
 * decision's transaction): right after the last decision, on a worker thread outside the assistant's request, and
 * again by a job for every answer still due (the service died in between, a store failed the build). Each build
 * runs under the review's row lock and empties the due mark with the announcement, so the answer goes out once.
 * One instance runs the job at a time.
 */
@ApplicationScoped
public class ReviewedAnswers {

    private static final Logger LOG = Logger.getLogger(ReviewedAnswers.class);
    private static final int BATCH = 20;
    /** The job's name for its lock across instances. */
    static final String JOB = "reviewed-answers";

    private final NameMatchReviews reviews;
    private final AgroalDataSource dataSource;
    private final SingleInstanceJob job;
    /**
     * Its own thread, not a context-propagating pool: the build must get its own reactive session, never the one of
     * the request that made it due. One at a time: builds are CPU-heavy and rare.
     */
    private final ExecutorService soon = Executors.newSingleThreadExecutor(task -> new Thread(task, "reviewed-answers"));

    public ReviewedAnswers(NameMatchReviews reviews, AgroalDataSource dataSource, Pool pool) {
        this.reviews = reviews;
        this.dataSource = dataSource;
        this.job = SingleInstanceJob.named(JOB, pool);
    }

    /** Builds the case's answer soon, after the caller's transaction has committed; the caller does not wait. */
    public void buildSoon(String caseId) {
        soon.execute(() -> build(caseId));
    }

    @PreDestroy
    void stop() {
        // an answer not built now stays due: the job builds it after the restart
        soon.shutdownNow();
    }

    @Scheduled(every = "${dsr.name-match.build-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void buildDue() {
        job.runBlocking(() -> {
            due().forEach(this::build);
            return true;
        });
    }

    private void build(String caseId) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> reviews.answerIfDue(caseId)));
        } catch (Throwable e) {
            LOG.errorf("access answer of case %s not built, the job tries again (%s)", caseId,
                    e.getClass().getSimpleName());
        }
    }

    private List<String> due() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select case_id from name_match_review"
                     + " where build_due_at is not null and answer is not null order by build_due_at limit " + BATCH);
             ResultSet rows = query.executeQuery()) {
            List<String> due = new ArrayList<>();
            while (rows.next()) {
                due.add(rows.getString(1));
            }
            return due;
        } catch (SQLException e) {
            LOG.errorf("due access answers not readable (%s)", e.getClass().getSimpleName());
            return List.of();
        }
    }
}

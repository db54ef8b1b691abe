package de.thwien.dsr.subjectindex.cases;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import de.thwien.dsr.subjectindex.index.CatchUpCrawls;
import de.thwien.dsr.subjectindex.index.CaughtUp;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Locates again the cases whose last locate found a store unavailable; each retry announces a new
 * {@code subject.located} (the latest one is complete as far as the stores allow). One instance retries at a time.
 * The retries of one run share one catch-up of the index to the run's start ({@link CatchUpCrawls}), done before
 * their transactions.
 */
@ApplicationScoped
public class LocateRetries {

    private static final Logger LOG = Logger.getLogger(LocateRetries.class);
    private static final int BATCH = 20;
    /** The job's name for its lock across instances. */
    static final String JOB = "locate-retries";

    private final AgroalDataSource dataSource;
    private final CaseLocating locating;
    private final CatchUpCrawls catchUp;
    private final Clock clock;
    private final SingleInstanceJob job;

    public LocateRetries(AgroalDataSource dataSource, CaseLocating locating, CatchUpCrawls catchUp, Clock clock,
            Pool pool) {
        this.dataSource = dataSource;
        this.locating = locating;
        this.catchUp = catchUp;
        this.clock = clock;
        // two instances at once would retry the same case and announce it twice
        this.job = SingleInstanceJob.named(JOB, pool);
    }

    private record Due(CaseEvents.IdentityVerified verified, int attempts, List<String> unavailableBefore) {
    }

    @Scheduled(every = "${dsr.locate.retry-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void retryDue() {
        job.runBlocking(() -> {
            retryDueNow();
            return true;
        });
    }

    private void retryDueNow() {
        List<Due> due;
        try {
            due = due();
        } catch (SQLException e) {
            LOG.errorf("locate retries not readable (%s)", e.getClass().getSimpleName());
            return;
        }
        if (due.isEmpty()) {
            return;
        }
        CaughtUp caughtUp = catchUp.since(clock.instant());
        for (Due retry : due) {
            try {
                VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                        () -> locating.locateAndAnnounce(retry.verified(), retry.attempts() + 1,
                                retry.unavailableBefore(), caughtUp)));
            } catch (Throwable e) {
                LOG.errorf("locate retry of case %s failed (%s)", retry.verified().caseId(), e.getClass().getSimpleName());
            }
        }
    }

    /** The comma-separated store ids of a row; none in a row written before they were kept. */
    private static List<String> storeIds(String column) {
        return column == null || column.isBlank() ? List.of() : List.of(column.split(","));
    }

    private List<Due> due() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select case_id, request_type, language, email, name,"
                     + " attempts, stores_unavailable from locate_retry where next_attempt_at <= ? order by next_attempt_at limit " + BATCH)) {
            query.setTimestamp(1, Timestamp.from(clock.instant()));
            try (ResultSet rows = query.executeQuery()) {
                List<Due> due = new ArrayList<>();
                while (rows.next()) {
                    due.add(new Due(new CaseEvents.IdentityVerified(rows.getString(1),
                            RequestType.valueOf(rows.getString(2)), rows.getString(3), null, null,
                            new Person(rows.getString(4), rows.getString(5))), rows.getInt(6),
                            storeIds(rows.getString(7))));
                }
                return due;
            }
        }
    }
}

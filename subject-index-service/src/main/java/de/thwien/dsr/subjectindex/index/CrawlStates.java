package de.thwien.dsr.subjectindex.index;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Per-store crawl progress: cursor, counts, times and the last error. */
@ApplicationScoped
public class CrawlStates {

    /**
     * One store's row.
     *
     * @param runningRecords records the running (or last) crawl has read so far
     * @param runningPlace   where it was reading at its last progress (a folder, a table); null: not known
     */
    public record CrawlState(String store, String cursor, long recordsIndexed, Instant lastStartedAt,
            Instant lastFinishedAt, Instant lastSucceededAt, long lastRecordsSeen, String lastError,
            Instant lastErrorAt, long runningRecords, String runningPlace) {
    }

    /**
     * How current a store's index is, read cheaply (no counts).
     *
     * @param lastSuccessStartedAt when the last successful crawl started (null: none since this was recorded)
     */
    public record Freshness(Instant lastSucceededAt, Instant lastSuccessStartedAt, String lastError) {

        public boolean everIndexed() {
            return lastSucceededAt != null;
        }

        /** Whether a crawl that started at or after {@code moment} has succeeded. */
        public boolean crawledSince(Instant moment) {
            return lastSuccessStartedAt != null && !lastSuccessStartedAt.isBefore(moment);
        }
    }

    private final AgroalDataSource dataSource;

    public CrawlStates(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<CrawlState> of(String store) throws SQLException {
        return all().stream().filter(state -> state.store().equals(store)).findFirst();
    }

    public List<CrawlState> all() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select store, cursor, (select count(distinct reference) from index_entry e where e.store = s.store),"
                             + " last_started_at, last_finished_at, last_succeeded_at, last_records_seen, last_error,"
                             + " last_error_at, running_records, running_place from crawl_state s order by store");
             ResultSet rows = query.executeQuery()) {
            List<CrawlState> states = new ArrayList<>();
            while (rows.next()) {
                states.add(new CrawlState(rows.getString(1), rows.getString(2), rows.getLong(3), instant(rows, 4),
                        instant(rows, 5), instant(rows, 6), rows.getLong(7), rows.getString(8), instant(rows, 9),
                        rows.getLong(10), rows.getString(11)));
            }
            return states;
        }
    }

    public Optional<Freshness> freshnessOf(String store) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select last_succeeded_at,"
                     + " last_success_started_at, last_error from crawl_state where store = ?")) {
            query.setString(1, store);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Freshness(instant(rows, 1), instant(rows, 2), rows.getString(3)))
                        : Optional.empty();
            }
        }
    }

    public void started(String store, Instant at) throws SQLException {
        update("insert into crawl_state (store, last_started_at, running_progress_at) values (?, ?, ?)"
                + " on conflict (store) do update set last_started_at = excluded.last_started_at, running_records = 0,"
                + " running_place = null, running_progress_at = excluded.running_progress_at", store, at);
    }

    /**
     * The running crawl's progress: one cheap update of the store's row, on its own connection (seen at once).
     *
     * @param place where the crawl reads (a folder, a table); null when the store names none
     */
    public void progressed(String store, long records, String place, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("update crawl_state set running_records = ?,"
                     + " running_place = ?, running_progress_at = ? where store = ?")) {
            statement.setLong(1, records);
            statement.setString(2, place);
            statement.setTimestamp(3, Timestamp.from(at));
            statement.setString(4, store);
            statement.executeUpdate();
        }
    }

    /** @param startedAt when this crawl started (what {@link #started} recorded) */
    public void succeeded(String store, Instant startedAt, Instant at, String cursor, long recordsSeen)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "update crawl_state set cursor = ?, last_finished_at = ?, last_succeeded_at = ?,"
                             + " last_success_started_at = ?, last_records_seen = ?, last_error = null,"
                             + " last_error_at = null where store = ?")) {
            statement.setString(1, cursor);
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setTimestamp(3, Timestamp.from(at));
            statement.setTimestamp(4, Timestamp.from(startedAt));
            statement.setLong(5, recordsSeen);
            statement.setString(6, store);
            statement.executeUpdate();
        }
    }

    /** @param error a message without personal data (store errors are written that way) */
    public void failed(String store, Instant at, String error) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "update crawl_state set last_finished_at = ?, last_error = ?, last_error_at = ? where store = ?")) {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setString(2, error);
            statement.setTimestamp(3, Timestamp.from(at));
            statement.setString(4, store);
            statement.executeUpdate();
        }
    }

    /**
     * The store's next crawl reads it in full (and drops what it no longer holds): its index may keep records at a
     * place they have left. A request made while one is due changes nothing.
     */
    public void requestFullCrawl(String store, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "insert into crawl_state (store, full_crawl_due_since) values (?, ?) on conflict (store) do update"
                             + " set full_crawl_due_since = coalesce(crawl_state.full_crawl_due_since,"
                             + " excluded.full_crawl_due_since)")) {
            statement.setString(1, store);
            statement.setTimestamp(2, Timestamp.from(at));
            statement.executeUpdate();
        }
    }

    public boolean fullCrawlDue(String store) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select 1 from crawl_state where store = ? and full_crawl_due_since is not null")) {
            query.setString(1, store);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** A full crawl that started at {@code startedAt} succeeded: a request made after it started stays due. */
    public void fullCrawlDone(String store, Instant startedAt) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("update crawl_state set"
                     + " full_crawl_due_since = null where store = ? and full_crawl_due_since <= ?")) {
            statement.setString(1, store);
            statement.setTimestamp(2, Timestamp.from(startedAt));
            statement.executeUpdate();
        }
    }

    private void update(String sql, String store, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, store);
            statement.setTimestamp(2, Timestamp.from(at));
            statement.setTimestamp(3, Timestamp.from(at));
            statement.executeUpdate();
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}

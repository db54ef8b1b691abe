package de.thwien.dsr.benchmarks.pipeline;

import de.thwien.dsr.faults.SystemState;
import de.thwien.dsr.infra.EmbeddedInfra;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * When the cases of the run reached their steps, read from intake's case timeline (directly on PostgreSQL).
 * A case is complete when intake moved it to RESPONDED: its answer notice (access answer, erasure or
 * withdrawal confirmation) was sent.
 */
final class CaseTimes {

    private static final String ANSWER_SENT = "t.kind = 'NOTICE_SENT' and (t.detail like 'Notice ACCESS_ANSWER %'"
            + " or t.detail like 'Notice ERASURE_CONFIRMATION %' or t.detail like 'Notice CONSENT_WITHDRAWAL_CONFIRMATION %')";

    private final EmbeddedInfra infra;

    CaseTimes(EmbeddedInfra infra) {
        this.infra = infra;
    }

    /** Requester address (lower case) → when the answer of their case was sent, for RESPONDED cases. */
    Map<String, Instant> answered(Set<String> requesters) {
        Map<String, Instant> answered = new HashMap<>();
        Map<String, String> byDigest = byDigest(requesters);
        query("select c.requester_email_digest, min(t.occurred_at) from intake.dsr_case c"
                + " join intake.case_timeline_entry t on t.case_id = c.id"
                + " where c.status = 'RESPONDED' and " + ANSWER_SENT + " group by 1", row -> {
                    String requester = byDigest.get(row.getString(1));
                    if (requester != null) {
                        answered.put(requester, row.getTimestamp(2).toInstant());
                    }
                });
        return answered;
    }

    /** Requester address (lower case) → timeline entry kind → when the case first had an entry of that kind. */
    Map<String, Map<String, Instant>> steps(Set<String> requesters) {
        Map<String, Map<String, Instant>> steps = new HashMap<>();
        Map<String, String> byDigest = byDigest(requesters);
        query("select c.requester_email_digest, t.kind || case when " + ANSWER_SENT + " then ' (answer)' else '' end,"
                + " min(t.occurred_at) from intake.dsr_case c join intake.case_timeline_entry t on t.case_id = c.id"
                + " group by 1, 2", row -> {
                    String requester = byDigest.get(row.getString(1));
                    if (requester != null) {
                        steps.computeIfAbsent(requester, r -> new HashMap<>())
                                .put(row.getString(2), row.getTimestamp(3).toInstant());
                    }
                });
        return steps;
    }

    /** The table holds each address sealed, found by its digest only: digest → address of the requesters. */
    private static Map<String, String> byDigest(Set<String> requesters) {
        Map<String, String> byDigest = new HashMap<>();
        requesters.forEach(requester -> byDigest.put(SystemState.requesterDigest(requester), requester));
        return byDigest;
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowReader reader) {
        try (Connection connection = DriverManager.getConnection(infra.postgresJdbcUrl(), infra.postgresUsername(),
                infra.postgresPassword());
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }
}

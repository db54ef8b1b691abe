package de.thwien.dsr.benchmarks;

import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.Identifiers;
import de.thwien.dsr.infra.EmbeddedInfra;
import io.agroal.api.AgroalDataSource;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Locate latency against the size of the index (issue 9 "Locate"): for each size, a fresh index table
 * (the service's {@code V1__subject_index.sql} in a schema of its own) is filled with exactly that many
 * identifiers of the benchmark's people, as a CRM crawl would key them (e-mail, phone, folded name,
 * phonetic name: four per partner), but written with PostgreSQL COPY instead of a crawl, so that a
 * million identifiers take seconds. Then the same three queries as the crawl benchmark are timed
 * ({@link LocateLatencies}).
 */
final class LocateScaling {

    private static final int COPY_LINES = 50_000;

    private LocateScaling() {
    }

    /** @return Markdown rows: identifiers, partners, then p50/p99 of locate, search and direct SQL */
    static List<String[]> run(EmbeddedInfra infra, List<Integer> sizes, int lookups) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int size : sizes) {
            String schema = "locate_" + size;
            long seedStart = System.nanoTime();
            long partners;
            try (Connection connection = DriverManager.getConnection(infra.postgresJdbcUrl(),
                    infra.postgresUsername(), infra.postgresPassword())) {
                BenchmarkCrm.runScript(connection, schema, "db/migration/V1__subject_index.sql");
                partners = seed(connection, schema, size);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("analyze " + schema + ".index_entry");
                }
            }
            System.out.printf("locate scaling: %d identifiers of %d partners copied into %s in %.1f s%n", size,
                    partners, schema, (System.nanoTime() - seedStart) / 1e9);
            try (AgroalDataSource dataSource = IndexBenchmarkMain.indexDataSource(infra, schema)) {
                LocateLatencies latencies = LocateLatencies.measure(dataSource,
                        new Random(9).longs(lookups, 1, partners + 1).toArray());
                Percentiles locate = Percentiles.of(latencies.locateNanos());
                Percentiles search = Percentiles.of(latencies.searchNanos());
                Percentiles direct = Percentiles.of(latencies.directNanos());
                rows.add(new String[] {String.format("%,d", size), String.format("%,d", partners), format(locate),
                    format(search), format(direct),
                    String.format("%.1fx / %.1fx", locate.p50Millis() / direct.p50Millis(),
                            search.p50Millis() / direct.p50Millis())});
            }
        }
        return rows;
    }

    /** Copies identifiers of partners 1, 2, … until exactly {@code size} are in; returns the partners used. */
    private static long seed(Connection connection, String schema, int size) throws Exception {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String command = "copy " + schema + ".index_entry (store, reference, kind, key) from stdin";
        StringBuilder lines = new StringBuilder();
        int written = 0;
        int pending = 0;
        long partner = 0;
        while (written < size) {
            partner++;
            Set<Identifier> identifiers = Identifiers.of(BenchmarkPeople.email(partner), BenchmarkPeople.phone(partner),
                    BenchmarkPeople.name(partner));
            for (Identifier identifier : identifiers) {
                if (written == size) {
                    break;
                }
                // keys are e-mail addresses, E.164 numbers and folded names: no tab, newline or backslash to escape
                lines.append("crm\tres_partner/").append(partner).append('\t').append(identifier.kind().name())
                        .append('\t').append(identifier.key()).append('\n');
                written++;
                pending++;
            }
            if (pending >= COPY_LINES) {
                copy.copyIn(command, new StringReader(lines.toString()));
                lines.setLength(0);
                pending = 0;
            }
        }
        if (pending > 0) {
            copy.copyIn(command, new StringReader(lines.toString()));
        }
        return partner;
    }

    private static String format(Percentiles percentiles) {
        return String.format("%.2f / %.2f ms", percentiles.p50Millis(), percentiles.p99Millis());
    }
}

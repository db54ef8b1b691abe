package de.thwien.dsr.benchmarks;

import de.thwien.dsr.connectors.mail.ImapMailReader;
import de.thwien.dsr.connectors.mail.MailAccount;
import de.thwien.dsr.connectors.mail.MailClassificationRules;
import de.thwien.dsr.connectors.mail.MailSettings;
import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.CrawlResult;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.sql.SqlMappingLoader;
import de.thwien.dsr.connectors.sql.SqlStoreReader;
import de.thwien.dsr.infra.EmbeddedInfra;
import de.thwien.dsr.subjectindex.index.SubjectIndex;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Crawl and locate benchmark of the subject index (issue 5). Starts the embedded PostgreSQL and
 * GreenMail, loads {@code bench.mails} mails and {@code bench.partners} CRM partners, then measures
 *
 * <ul>
 *   <li>the mail crawl as subject-index runs it: {@link ImapMailReader#crawl} into {@link SubjectIndex#put}
 *       in batches of 500 (what the service's {@code Crawler} does on a first crawl), next to a plain
 *       Jakarta Mail FETCH of headers and body of the same mails, the floor any crawl stands on, measured
 *       before and after the crawl (the ratio is taken to both) and with the JVM's CPU time, which drifts
 *       less with a shared machine's load than wall time;</li>
 *   <li>the CRM crawl ({@link SqlStoreReader#crawl} into the same index);</li>
 *   <li>the locate query: {@link SubjectIndex#lookup} with the keys the service's locate uses (e-mail and
 *       name) and with the e-mail key alone, next to a direct SQL lookup of the e-mail key on the same
 *       table over one open connection.</li>
 * </ul>
 *
 * It prints a Markdown table (into {@code bench.report.file} when set), and its progress on the terminal while it
 * loads and crawls ({@link TerminalProgress}). Numbers only: nothing is asserted, and no test runs it.
 */
public final class IndexBenchmarkMain {

    private static final String INDEX_SCHEMA = "subject_index";
    /** As the service's Crawler: records are written to the index in batches of this size. */
    private static final int WRITE_BATCH = 500;
    private static final int FETCH_BATCH = 200;

    /** Where progress goes: the terminal, while the report's tables go to {@code bench.report.file}. */
    static final PrintStream TERMINAL = System.out;

    private IndexBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        String reportFile = System.getProperty("bench.report.file");
        if (reportFile != null && !reportFile.isBlank()) {
            Files.createDirectories(Path.of(reportFile).toAbsolutePath().getParent());
            System.setOut(new PrintStream(Files.newOutputStream(Path.of(reportFile)), true, StandardCharsets.UTF_8));
        }
        int mails = Integer.getInteger("bench.mails", 100_000);
        int partners = Integer.getInteger("bench.partners", 100_000);
        int lookups = Integer.getInteger("bench.lookups", 2_000);
        List<Integer> locateSizes = sizes(System.getProperty("bench.locate.identifiers", ""));
        List<String[]> scaling = List.of();
        List<String[]> rows = new ArrayList<>();
        try (EmbeddedInfra infra = EmbeddedInfra.start()) {
            long loadStart = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(infra.postgresJdbcUrl(),
                    infra.postgresUsername(), infra.postgresPassword())) {
                BenchmarkCrm.load(connection, partners);
                BenchmarkCrm.runScript(connection, INDEX_SCHEMA, "db/migration/V1__subject_index.sql");
            }
            BenchmarkMailbox.load(infra.mailServer().greenMail(), mails, partners);
            System.out.printf("loaded %d mails and %d partners in %.1f s; heap in use after loading %.0f MiB of %.0f MiB%n",
                    mails, partners, (System.nanoTime() - loadStart) / 1e9, usedHeapMiB(),
                    Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0);

            MailAccount account = new MailAccount("info", infra.mailHost(), infra.imapPort(), false,
                    BenchmarkMailbox.ADDRESS, BenchmarkMailbox.PASSWORD, BenchmarkMailbox.ADDRESS);

            // the floor is measured before and after the crawl: on a shared machine either alone drifts with the load
            long fetchCpu = processCpuNanos();
            long fetchStart = System.nanoTime();
            long fetched = plainFetch(account);
            double fetchSeconds = (System.nanoTime() - fetchStart) / 1e9;
            fetchCpu = processCpuNanos() - fetchCpu;
            rows.add(throughputRow("Plain IMAP FETCH (envelope + whole message per batch of 200, Jakarta Mail), floor",
                    fetched, fetchSeconds, "mails"));
            rows.get(rows.size() - 1)[3] += cpu(fetchCpu);

            try (AgroalDataSource indexDataSource = indexDataSource(infra, INDEX_SCHEMA)) {
                SubjectIndex index = new SubjectIndex(indexDataSource);

                StoreReader mailReader = new ImapMailReader(new MailSettings(List.of(account),
                        MailClassificationRules.defaults(List.of()), null, Duration.ofMinutes(5)));
                long crawlCpu = processCpuNanos();
                long crawlStart = System.nanoTime();
                long[] mailWriteNanos = new long[1];
                CrawlResult mailCrawl = crawlIntoIndex(mailReader, index, mailWriteNanos,
                        TerminalProgress.of("mail crawl", mails, "mails"));
                double crawlSeconds = (System.nanoTime() - crawlStart) / 1e9;
                crawlCpu = processCpuNanos() - crawlCpu;

                long againCpu = processCpuNanos();
                long againStart = System.nanoTime();
                long fetchedAgain = plainFetch(account);
                double againSeconds = (System.nanoTime() - againStart) / 1e9;
                againCpu = processCpuNanos() - againCpu;
                rows.add(throughputRow("… the same floor again, after the crawl", fetchedAgain, againSeconds, "mails"));
                rows.get(rows.size() - 1)[3] += cpu(againCpu);

                String[] crawlRow = throughputRow("Mail crawl into the index (ImapMailReader → SubjectIndex.put; "
                        + "addresses, display names, phone numbers and names in the text)", mailCrawl.recordsVisited(),
                        crawlSeconds, "mails");
                // the issue's bar: the crawl with names in the text stays at or above half the plain FETCH
                double floorRate = (fetched + fetchedAgain) / (fetchSeconds + againSeconds);
                double floorCpuPerMail = (double) (fetchCpu + againCpu) / (fetched + fetchedAgain);
                crawlRow[3] += String.format(" = %.2f × floor (both floors' mean)", (mailCrawl.recordsVisited()
                        / crawlSeconds) / floorRate) + cpu(crawlCpu) + String.format(" = %.2f × floor's CPU per mail",
                        floorCpuPerMail / ((double) crawlCpu / mailCrawl.recordsVisited()));
                rows.add(crawlRow);
                rows.add(new String[] {"… of which index writes (SubjectIndex.put, batches of " + WRITE_BATCH + ")",
                    "", String.format("%.1f s", mailWriteNanos[0] / 1e9), ""});

                PGSimpleDataSource crmDataSource = new PGSimpleDataSource();
                crmDataSource.setUrl(infra.postgresJdbcUrl());
                crmDataSource.setUser(infra.postgresUsername());
                crmDataSource.setPassword(infra.postgresPassword());
                StoreReader crmReader = SqlStoreReader.open(
                        SqlMappingLoader.fromClasspath(SqlMappingLoader.ODOO_MAPPING_RESOURCE)
                                .withSchema(BenchmarkCrm.SCHEMA), crmDataSource);
                long crmStart = System.nanoTime();
                CrawlResult crmCrawl = crawlIntoIndex(crmReader, index, new long[1],
                        TerminalProgress.of("CRM crawl", 0, "records"));
                double crmSeconds = (System.nanoTime() - crmStart) / 1e9;
                rows.add(throughputRow("CRM crawl into the index (SqlStoreReader → SubjectIndex.put)",
                        crmCrawl.recordsVisited(), crmSeconds, "records"));

                long entries = count(indexDataSource, "select count(*) from index_entry");
                try (Connection connection = indexDataSource.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("analyze index_entry");
                }

                LocateLatencies latencies = LocateLatencies.measure(indexDataSource,
                        new Random(5).longs(lookups, 1, partners + 1L).toArray());
                rows.add(latencyRow("Locate query: SubjectIndex.lookup(e-mail + name keys), as on identity.verified",
                        latencies.locateNanos()));
                rows.add(latencyRow("Search query: SubjectIndex.lookup(e-mail key only)", latencies.searchNanos()));
                rows.add(latencyRow("Direct SQL on index_entry (e-mail key, one open connection)",
                        latencies.directNanos()));
                System.out.println();
                System.out.printf("Index: %d entries for %d mails and %d CRM records; %d lookups of random"
                        + " customers (%d warm-up lookups not counted)%n", entries, mailCrawl.recordsVisited(),
                        crmCrawl.recordsVisited(), lookups, LocateLatencies.WARM_UP_LOOKUPS);
            }
            if (!locateSizes.isEmpty()) {
                scaling = LocateScaling.run(infra, locateSizes, lookups);
            }
        }
        System.out.println();
        System.out.println(machine());
        System.out.println();
        System.out.println("| Measurement | Count | Time | Throughput / latency |");
        System.out.println("|---|---:|---:|---|");
        rows.forEach(row -> System.out.println("| " + String.join(" | ", row) + " |"));
        if (!scaling.isEmpty()) {
            System.out.println();
            System.out.println("Locate against index size (" + lookups + " lookups each, p50 / p99):");
            System.out.println();
            System.out.println("| Identifiers in the index | Partners | Locate (e-mail + name keys) | Search (e-mail key)"
                    + " | Direct SQL (e-mail key) | Locate / search vs direct, p50 |");
            System.out.println("|---:|---:|---|---|---|---|");
            scaling.forEach(row -> System.out.println("| " + String.join(" | ", row) + " |"));
        }
        System.exit(0); // embedded infra leaves non-daemon threads behind
    }

    /** Headers and body of every message of every folder, batched like the crawl, nothing parsed or indexed. */
    private static long plainFetch(MailAccount account) throws Exception {
        long messages = 0;
        byte[] buffer = new byte[8192];
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect(account.host(), account.port(), account.login(), account.password());
            for (Folder folder : store.getDefaultFolder().list("*")) {
                if ((folder.getType() & Folder.HOLDS_MESSAGES) == 0) {
                    continue;
                }
                folder.open(Folder.READ_ONLY);
                try {
                    Message[] all = folder.getMessages();
                    FetchProfile profile = new FetchProfile();
                    profile.add(FetchProfile.Item.ENVELOPE);
                    profile.add(UIDFolder.FetchProfileItem.UID);
                    // the whole message in the batched FETCH: one round trip per 200 mails, not one per mail
                    profile.add(IMAPFolder.FetchProfileItem.MESSAGE);
                    for (int start = 0; start < all.length; start += FETCH_BATCH) {
                        Message[] batch = Arrays.copyOfRange(all, start, Math.min(all.length, start + FETCH_BATCH));
                        folder.fetch(batch, profile);
                        for (Message message : batch) {
                            try (InputStream body = message.getInputStream()) {
                                while (body.read(buffer) >= 0) {
                                    // drained: the bytes have to cross the wire, nothing more
                                }
                            }
                            messages++;
                        }
                    }
                } finally {
                    folder.close(false);
                }
            }
        }
        return messages;
    }

    /**
     * A first crawl as the service's Crawler does it: records in batches of 500 into the index; the
     * time spent writing is added to {@code writeNanos[0]} (the rest is the store's side).
     */
    private static CrawlResult crawlIntoIndex(StoreReader reader, SubjectIndex index, long[] writeNanos,
            TerminalProgress progress) throws Exception {
        List<IndexedRecord> batch = new ArrayList<>();
        Consumer<IndexedRecord> sink = record -> {
            progress.step();
            batch.add(record);
            if (batch.size() >= WRITE_BATCH) {
                writeNanos[0] += put(index, reader.store(), batch);
            }
        };
        CrawlResult result = reader.crawl(CrawlCursor.START, sink);
        writeNanos[0] += put(index, reader.store(), batch);
        progress.finish();
        return result;
    }

    /** "10000,100000" → sizes; blank (or an unset Maven property) → none. */
    private static List<Integer> sizes(String value) {
        if (value.isBlank() || value.startsWith("${")) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /** @return nanoseconds the write took */
    private static long put(SubjectIndex index, String store, List<IndexedRecord> batch) {
        long start = System.nanoTime();
        try {
            index.put(store, batch);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("index write failed", e);
        }
        batch.clear();
        return System.nanoTime() - start;
    }

    /** CPU time of this JVM (GreenMail's IMAP thread and the client; PostgreSQL is a process of its own). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String cpu(long nanos) {
        return String.format("; JVM CPU %.1f s", nanos / 1e9);
    }

    private static double usedHeapMiB() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1024.0 / 1024.0;
    }

    static AgroalDataSource indexDataSource(EmbeddedInfra infra, String schema) throws java.sql.SQLException {
        // the pool the service gets from quarkus-agroal (default max size 20), on the service's schema
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(20)
                        .connectionFactoryConfiguration(factory -> factory
                                .jdbcUrl(infra.postgresJdbcUrl() + (infra.postgresJdbcUrl().contains("?") ? "&" : "?")
                                        + "currentSchema=" + schema)
                                .principal(new NamePrincipal(infra.postgresUsername()))
                                .credential(new SimplePassword(infra.postgresPassword())))));
    }

    private static long count(AgroalDataSource dataSource, String sql) throws java.sql.SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String[] throughputRow(String what, long count, double seconds, String unit) {
        return new String[] {what, Long.toString(count), String.format("%.1f s", seconds),
            String.format("%.0f %s/s", count / seconds, unit)};
    }

    private static String[] latencyRow(String what, long[] nanos) {
        Percentiles percentiles = Percentiles.of(nanos);
        return new String[] {what, Integer.toString(nanos.length), "",
            String.format("p50 %.2f ms, p99 %.2f ms (max %.2f ms)", percentiles.p50Millis(), percentiles.p99Millis(),
                    percentiles.maxMillis())};
    }

    private static String machine() {
        long memoryKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memoryKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            // not Linux: leave the memory out
        }
        return String.format("Machine: %d cores available to the JVM, %.1f GiB RAM, JVM max heap %.1f GiB, Java %s,"
                        + " %s %s", Runtime.getRuntime().availableProcessors(), memoryKb / 1024.0 / 1024.0,
                Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0 / 1024.0, System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}

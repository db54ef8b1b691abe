package de.thwien.dsr.benchmarks;

import de.thwien.dsr.connectors.identity.EmailNormaliser;
import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.Identifiers;
import de.thwien.dsr.subjectindex.index.SubjectIndex;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The three lookups the crawl benchmark and the locate scaling run both time, for the same partners, in
 * this order: {@link SubjectIndex#lookup} with the keys the service's locate uses (e-mail and name), with
 * the e-mail key alone, and a direct SQL lookup of the e-mail key on the same table over one open
 * connection (the floor). Each is warmed up first; the times are in nanoseconds, one per partner.
 */
record LocateLatencies(long[] locateNanos, long[] searchNanos, long[] directNanos) {

    /** Lookups done before the timed ones, not counted. */
    static final int WARM_UP_LOOKUPS = 200;

    static LocateLatencies measure(AgroalDataSource indexDataSource, long[] partnerIds) throws Exception {
        SubjectIndex index = new SubjectIndex(indexDataSource);
        List<Set<Identifier>> locateKeys = new ArrayList<>();
        List<Set<Identifier>> emailKeys = new ArrayList<>();
        List<String> rawKeys = new ArrayList<>();
        for (long id : partnerIds) {
            String email = BenchmarkPeople.email(id);
            locateKeys.add(Identifiers.of(email, null, BenchmarkPeople.name(id)));
            emailKeys.add(Identifiers.ofEmail(email));
            rawKeys.add(EmailNormaliser.canonical(email).orElseThrow());
        }
        long[] locate = time(locateKeys, keys -> lookup(index, keys));
        long[] search = time(emailKeys, keys -> lookup(index, keys));
        try (Connection connection = indexDataSource.getConnection();
             PreparedStatement direct = connection.prepareStatement(
                     "select store, reference from index_entry where kind = 'EMAIL' and key = ?")) {
            return new LocateLatencies(locate, search, time(rawKeys, key -> directLookup(direct, key)));
        }
    }

    private static int lookup(SubjectIndex index, Set<Identifier> keys) throws Exception {
        return index.lookup(keys).values().stream().mapToInt(List::size).sum();
    }

    private static int directLookup(PreparedStatement query, String key) throws Exception {
        query.setString(1, key);
        int rows = 0;
        try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
                result.getString(1);
                result.getString(2);
                rows++;
            }
        }
        return rows;
    }

    private interface Lookup<T> {
        int run(T input) throws Exception;
    }

    private static <T> long[] time(List<T> inputs, Lookup<T> lookup) throws Exception {
        for (int i = 0; i < WARM_UP_LOOKUPS; i++) {
            lookup.run(inputs.get(i % inputs.size()));
        }
        long[] nanos = new long[inputs.size()];
        long hits = 0;
        for (int i = 0; i < inputs.size(); i++) {
            long start = System.nanoTime();
            hits += lookup.run(inputs.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        if (hits == 0) {
            throw new IllegalStateException("no lookup found anything: the index was not filled");
        }
        return nanos;
    }
}

package de.thwien.dsr.platform.keyring;

import de.thwien.dsr.platform.crypto.MasterKeys;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Master-key rotation: re-wraps every live key of the keyring (data keys and the {@link AddressDigestKey}) that the
 * current master key did not wrap, so that the previous master keys can be removed afterwards. The keys themselves
 * stay the same: nothing sealed with them changes.
 *
 * <p>Batches of keys, each in a transaction of its own, walking the table once in scope order. Resumable: what is
 * left is exactly the live keys whose master key id is not the current one, so a run stopped by a crash or a limit
 * goes on where it stopped. Idempotent: a second run finds nothing to do. Safe on several instances and beside
 * traffic: a batch locks its rows ({@code for update skip locked}; rows another instance holds are left to it), a
 * reader sees a key either as it was or re-wrapped and opens both, new keys are wrapped under the current master key
 * anyway, and shredding a key waits for its batch and then shreds it. Shredded keys (tombstones) are left alone.
 */
@ApplicationScoped
public class KeyRotation {

    /** Keys per transaction. */
    public static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(KeyRotation.class);

    private static final String NOT_CURRENT =
            "wrapped_key is not null and (master_key_id is null or master_key_id <> $1)";

    private final MasterKeys masterKeys;
    private final Pool pool;

    public KeyRotation(KeyringConfig config, Pool pool) {
        this.masterKeys = KeyRing.masterKeysOf(config);
        this.pool = pool;
    }

    /**
     * What a run did: keys re-wrapped, keys no configured master key opens (left as they are, named in the log), and
     * keys still to re-wrap afterwards (0 when the rotation is complete).
     */
    public record Result(int rewrapped, int unopenable, long remaining) {
    }

    /** How many live keys each master key wrapped, and how many keys were shredded; no key material. */
    public record Status(String currentKeyId, List<String> previousKeyIds, List<KeyCount> wrappedKeys, long shredded,
            long remaining) {
    }

    /**
     * @param masterKeyId null for keys wrapped before ids were kept
     * @param masterKey   {@code current}, {@code previous}, {@code not configured} or {@code not recorded}
     */
    public record KeyCount(String masterKeyId, String masterKey, long keys) {
    }

    /** Runs the rotation through all keys. */
    public Uni<Result> rotate() {
        return rotate(BATCH, Integer.MAX_VALUE);
    }

    /** Runs at most {@code maxBatches} batches of {@code batchSize} keys. */
    public Uni<Result> rotate(int batchSize, int maxBatches) {
        if (batchSize < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("a rotation runs at least one batch of at least one key");
        }
        return run("", batchSize, maxBatches, new Batch(0, 0, 0, ""))
                .chain(done -> remaining()
                        .map(remaining -> new Result(done.rewrapped(), done.unopenable(), remaining)));
    }

    /** Live keys not yet wrapped under the current master key. */
    public Uni<Long> remaining() {
        return pool.preparedQuery("select count(*) from keyring.data_key where " + NOT_CURRENT)
                .execute(Tuple.of(masterKeys.currentId()))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Status> status() {
        return pool.preparedQuery("select master_key_id, count(*) from keyring.data_key where wrapped_key is not null"
                        + " group by master_key_id order by master_key_id nulls last")
                .execute()
                .map(rows -> {
                    List<KeyCount> counts = new ArrayList<>();
                    for (Row row : rows) {
                        counts.add(new KeyCount(row.getString(0), roleOf(row.getString(0)), row.getLong(1)));
                    }
                    return counts;
                })
                .chain(counts -> pool.query("select count(*) from keyring.data_key where wrapped_key is null").execute()
                        .map(rows -> rows.iterator().next().getLong(0))
                        .chain(shredded -> remaining().map(remaining -> new Status(masterKeys.currentId(),
                                masterKeys.previousIds(), counts, shredded, remaining))));
    }

    /** Totals so far, and the scope the next batch starts after; {@code picked} is the last batch's size. */
    private record Batch(int picked, int rewrapped, int unopenable, String lastScope) {
    }

    private Uni<Batch> run(String after, int batchSize, int batchesLeft, Batch totals) {
        return rotateBatch(after, batchSize).chain(batch -> {
            Batch sum = new Batch(batch.picked(), totals.rewrapped() + batch.rewrapped(),
                    totals.unopenable() + batch.unopenable(), batch.lastScope());
            if (batch.picked() < batchSize || batchesLeft == 1) {
                return Uni.createFrom().item(sum);
            }
            return run(batch.lastScope(), batchSize, batchesLeft - 1, sum);
        });
    }

    private Uni<Batch> rotateBatch(String after, int batchSize) {
        String current = masterKeys.currentId();
        return pool.withTransaction(connection -> connection.preparedQuery(
                                "select scope, wrapped_key, master_key_id from keyring.data_key where scope > $2 and "
                                        + NOT_CURRENT + " order by scope limit $3 for update skip locked")
                        .execute(Tuple.of(current, after, batchSize))
                        .chain(rows -> {
                            List<Tuple> rewrapped = new ArrayList<>();
                            int unopenable = 0;
                            String last = after;
                            for (Row row : rows) {
                                last = row.getString(0);
                                try {
                                    rewrapped.add(rewrap(row.getString(0), row.getString(1), row.getString(2)));
                                } catch (PersonalDataCipher.UnreadableException e) {
                                    unopenable++;
                                    // a scope names a case or contact id, never personal data
                                    LOG.warnf("key rotation: the key of %s opens with no configured master key;"
                                            + " left as it is", row.getString(0));
                                }
                            }
                            Batch batch = new Batch(rows.size(), rewrapped.size(), unopenable, last);
                            if (rewrapped.isEmpty()) {
                                return Uni.createFrom().item(batch);
                            }
                            return connection.preparedQuery("update keyring.data_key"
                                            + " set wrapped_key = $1, master_key_id = $2 where scope = $3")
                                    .executeBatch(rewrapped)
                                    .replaceWith(batch);
                        }));
    }

    private Tuple rewrap(String scope, String wrappedKey, String masterKeyId) {
        MasterKeys.Wrapped rewrapped = masterKeys.wrap(masterKeys.unwrap(wrappedKey, masterKeyId, scope), scope);
        return Tuple.of(rewrapped.wrappedKey(), rewrapped.masterKeyId(), scope);
    }

    private String roleOf(String masterKeyId) {
        if (masterKeyId == null) {
            return "not recorded";
        }
        if (masterKeyId.equals(masterKeys.currentId())) {
            return "current";
        }
        return masterKeys.previousIds().contains(masterKeyId) ? "previous" : "not configured";
    }
}

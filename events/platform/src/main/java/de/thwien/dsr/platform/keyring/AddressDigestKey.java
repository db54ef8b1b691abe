package de.thwien.dsr.platform.keyring;

import de.thwien.dsr.platform.crypto.MasterKeys;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import javax.crypto.SecretKey;

/**
 * The key of every {@link AddressDigest} the services store (intake's {@code requester_email_digest}, the login
 * lockout's name digests), kept in the keyring like a data key (scope {@value #SCOPE}, wrapped under the master key),
 * so that rotating the master key re-wraps it and leaves it, and with it every stored digest, unchanged. It is
 * created at the first start as it was derived before it was kept here ({@link AddressDigest#keyDerivedFrom}) from
 * the master key the existing data keys were wrapped under, so digests stored until then stay valid. Loaded once at
 * start-up, before anything else starts, and kept: it is never shredded.
 */
@ApplicationScoped
public class AddressDigestKey {

    /** The keyring scope of the digest key: neither a case nor a contact, so no shredding touches it. */
    public static final String SCOPE = "digest:address";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final MasterKeys masterKeys;
    private final Pool pool;
    private volatile AddressDigest digest;

    public AddressDigestKey(KeyringConfig config, Pool pool) {
        this.masterKeys = KeyRing.masterKeysOf(config);
        this.pool = pool;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent started) {
        digest = load().await().atMost(PATIENCE);
    }

    /** The digest of an address; the same for any spelling that differs in case or surrounding blanks. */
    public String digestOf(String email) {
        AddressDigest loaded = digest;
        if (loaded == null) {
            throw new IllegalStateException("the address digest key is loaded at start-up and is not loaded yet");
        }
        return loaded.of(email);
    }

    /** Reads the digest key from the keyring, creating it if there is none yet; in a transaction of its own. */
    public Uni<AddressDigest> load() {
        return pool.withTransaction(connection -> read(connection).chain(found -> found != null
                ? Uni.createFrom().item(found)
                : create(connection).chain(() -> read(connection))));
    }

    private Uni<AddressDigest> read(SqlConnection connection) {
        return connection.preparedQuery("select wrapped_key, master_key_id from keyring.data_key where scope = $1")
                .execute(Tuple.of(SCOPE))
                .map(rows -> {
                    RowIterator<Row> found = rows.iterator();
                    if (!found.hasNext()) {
                        return null;
                    }
                    Row row = found.next();
                    if (row.getString(0) == null) {
                        throw new IllegalStateException("the keyring's address digest key was destroyed");
                    }
                    return new AddressDigest(masterKeys.unwrap(row.getString(0), row.getString(1), SCOPE));
                });
    }

    /**
     * Creates the key from the master key that wrapped the keys written before key ids were kept (there was only
     * one then, the one the stored digests were derived from), or from the current one on a keyring without such
     * keys. Instances starting together insert the same key, or read the one that won.
     */
    private Uni<Void> create(SqlConnection connection) {
        return connection.preparedQuery("select scope, wrapped_key from keyring.data_key"
                        + " where wrapped_key is not null and master_key_id is null limit 1")
                .execute()
                .chain(rows -> {
                    RowIterator<Row> legacy = rows.iterator();
                    MasterKeys.MasterKey derivedFrom = masterKeys.current();
                    if (legacy.hasNext()) {
                        Row row = legacy.next();
                        derivedFrom = masterKeys.open(row.getString(1), null, row.getString(0)).by();
                    }
                    SecretKey digestKey = AddressDigest.keyDerivedFrom(derivedFrom.key());
                    MasterKeys.Wrapped wrapped = masterKeys.wrap(digestKey, SCOPE);
                    return connection.preparedQuery("insert into keyring.data_key"
                                    + " (scope, wrapped_key, master_key_id, created_at) values ($1, $2, $3, now())"
                                    + " on conflict (scope) do nothing")
                            .execute(Tuple.of(SCOPE, wrapped.wrappedKey(), wrapped.masterKeyId()));
                })
                .replaceWithVoid();
    }
}

package de.thwien.dsr.platform.keyring;

import de.thwien.dsr.platform.crypto.DataKey;
import de.thwien.dsr.platform.crypto.MasterKeys;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The data keys of crypto-shredding, one per scope (a case or a contact), in the shared
 * {@code keyring.data_key} table of the one database all services use. Each key is stored wrapped
 * (AES-256-GCM under the configured master key, bound to its scope, with the id of that master key), so a dump
 * of the database alone opens nothing. During a master-key rotation a key opens under the previous master key
 * that wrapped it until {@link KeyRotation} has re-wrapped it; new keys are always wrapped under the current one.
 * Shredding a scope clears its wrapped key and leaves a tombstone, so the scope is known as shredded and never
 * gets a fresh key that would make new copies of its personal data readable.
 *
 * <p>Runs in the caller's Hibernate Reactive session (the outbox's or inbox's transaction). Nothing is
 * cached: the moment a key is shredded, no service can open that scope's data any more.
 */
@ApplicationScoped
public class KeyRing {

    private final MasterKeys masterKeys;

    public KeyRing(KeyringConfig config) {
        this.masterKeys = masterKeysOf(config);
    }

    /** The configured master keys: the current one and, during a rotation, the previous ones. */
    static MasterKeys masterKeysOf(KeyringConfig config) {
        return new MasterKeys(config.masterKey(), config.previousMasterKeys().orElse(List.of()));
    }

    /**
     * The key to seal the scope's personal data with, created if the scope has none. Two services or
     * instances creating it at once serialise on the primary key: the second insert does nothing and both
     * read the one key that won. A shredded scope stays {@link DataKey.Destroyed}.
     */
    public Uni<DataKey> keyForSealing(String scope) {
        MasterKeys.Wrapped wrapped = masterKeys.wrap(PersonalDataCipher.newKey(), scope);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "insert into keyring.data_key (scope, wrapped_key, master_key_id, created_at)"
                                        + " values (:scope, :wrapped, :masterKeyId, now())"
                                        + " on conflict (scope) do nothing")
                        .setParameter("scope", scope)
                        .setParameter("wrapped", wrapped.wrappedKey())
                        .setParameter("masterKeyId", wrapped.masterKeyId())
                        .executeUpdate())
                .chain(() -> find(scope))
                .invoke(key -> {
                    if (key instanceof DataKey.Unknown) {
                        throw new IllegalStateException("data key of " + scope + " was neither created nor found");
                    }
                });
    }

    /** The scope's key as it is now: active, destroyed (shredded) or unknown. */
    public Uni<DataKey> find(String scope) {
        // HQL, not native SQL: see StoredDataKey for why
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                                "select k.wrappedKey, k.masterKeyId from StoredDataKey k where k.scope = :scope",
                                Object[].class)
                        .setParameter("scope", scope)
                        .getResultList())
                .map(rows -> keyOf(scope, rows));
    }

    /**
     * Shreds the scope's key (idempotent): true if it was readable until now, false if it was shredded
     * before. A scope that never had a key gets the tombstone all the same.
     */
    public Uni<Boolean> destroy(String scope, Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "insert into keyring.data_key (scope, wrapped_key, created_at, destroyed_at)"
                                        + " values (:scope, null, :now, :now) on conflict (scope) do update"
                                        + " set wrapped_key = null, destroyed_at = excluded.destroyed_at"
                                        + " where keyring.data_key.destroyed_at is null")
                        .setParameter("scope", scope)
                        .setParameter("now", now.atOffset(ZoneOffset.UTC))
                        .executeUpdate())
                .map(changed -> changed == 1);
    }

    private DataKey keyOf(String scope, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new DataKey.Unknown(scope);
        }
        String wrapped = (String) rows.get(0)[0];
        if (wrapped == null) {
            return new DataKey.Destroyed(scope);
        }
        return new DataKey.Active(scope, masterKeys.unwrap(wrapped, (String) rows.get(0)[1], scope));
    }
}

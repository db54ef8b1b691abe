package de.thwien.dsr.platform.keyring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code keyring.data_key} (see {@code R__dsr_keyring.sql}), mapped only so that {@link KeyRing} can read
 * it with a query whose plan Hibernate caches: a native select with a result type gets a new plan-cache key on every
 * call (its result mapping has no value equality), and with one call per sealed or opened event the colliding keys
 * filled one bucket of the query plan cache, which cost up to a quarter of a service's CPU (JFR of the pipeline
 * benchmark). KeyRing writes the rows with native statements; nothing loads or changes this entity.
 */
@Entity
@Table(schema = "keyring", name = "data_key")
public class StoredDataKey {

    @Id
    public String scope;

    @Column(name = "wrapped_key")
    public String wrappedKey;

    /** Id of the master key that wrapped it ({@code MasterKeys}); null for a key wrapped before ids were kept. */
    @Column(name = "master_key_id")
    public String masterKeyId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "destroyed_at")
    public Instant destroyedAt;
}

-- The keyring of crypto-shredding (platform module, de.thwien.dsr.platform.keyring.KeyRing): one data key per
-- scope ('case:<id>' or 'contact:<id>'), shared by all services, so it lives in its own schema and not in a
-- service's. Every service's Flyway runs this repeatable migration; the advisory lock keeps services that
-- start together from racing on "create ... if not exists" (which PostgreSQL does not make atomic).
select pg_advisory_xact_lock(4469825100001);

create schema if not exists keyring;

-- wrapped_key: the data key sealed under the master key (dsr.keyring.master-key), bound to its scope.
-- A shredded scope keeps its row with wrapped_key null and destroyed_at set: the tombstone stops a new key
-- from ever being made for it.
create table if not exists keyring.data_key (
    scope        text primary key,
    wrapped_key  text,
    created_at   timestamptz not null,
    destroyed_at timestamptz,
    constraint data_key_either_live_or_shredded check ((wrapped_key is null) = (destroyed_at is not null))
);

-- master_key_id: which master key wrapped the key (events.crypto.MasterKeys: the first 8 bytes of its SHA-256, hex),
-- so that during a master-key rotation each key opens with its own master key. Null for keys wrapped before the id
-- was kept (there was only one master key then): they open with whichever configured key opens them, and get the
-- id when the rotation (events.keyring.KeyRotation) re-wraps them. Tombstones keep the id they had.
alter table keyring.data_key add column if not exists master_key_id text;

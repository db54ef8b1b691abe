-- Failed logins (events module, de.thwien.dsr.platform.security.LoginLockout), in every service's schema, so that
-- all instances of a service count one another's failures: two instances do not double the number of guesses an
-- attacker gets. A repeatable migration: every statement is idempotent.
-- One row per user name and client address (a few failures lock the name for that address only), and one per
-- name with client_digest '' (a far higher ceiling locks the name for every address).
-- name_digest, client_digest: keyed digests of the name as typed (it may be a mistyped password) and of the
-- client's address, never the values themselves.
-- The first version counted per name only; its rows (each lived at most one lock duration) go with its table.
do $$
begin
    if exists (select 1 from information_schema.tables
               where table_schema = current_schema() and table_name = 'login_failure')
       and not exists (select 1 from information_schema.columns
               where table_schema = current_schema() and table_name = 'login_failure'
                 and column_name = 'client_digest') then
        drop table login_failure;
    end if;
end $$;

create table if not exists login_failure (
    name_digest   text        not null,
    client_digest text        not null,
    failures      integer     not null,
    first_at      timestamptz not null,
    locked_until  timestamptz,
    primary key (name_digest, client_digest)
);

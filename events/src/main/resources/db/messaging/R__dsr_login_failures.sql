-- Failed logins per user name (events module, de.thwien.dsr.platform.security.LoginLockout), in every
-- service's schema, so that all instances of a service count one another's failures: two instances do not
-- double the number of guesses an attacker gets. A repeatable migration: every statement is idempotent.
-- name_digest: a keyed digest of the name as typed (it may be a mistyped password), never the name itself.
create table if not exists login_failure (
    name_digest  text        primary key,
    failures     integer     not null,
    first_at     timestamptz not null,
    locked_until timestamptz
);

-- The session key of each user of the dashboard's form login (events module,
-- de.thwien.dsr.platform.security.SessionKeys), in every service's schema so that all instances of a service
-- share it. The login sets it as a second cookie beside Quarkus' session cookie; a logout replaces it, which
-- ends every session of that user on every instance, also sessions whose cookies someone saved.
-- A repeatable migration: every statement is idempotent.
-- name_digest: a keyed digest of the user name, as in login_failure.
create table if not exists login_session (
    name_digest text primary key,
    session_key text not null
);

-- A request registered from a letter or a phone call may have no e-mail address: its locate (by name only)
-- must be retried like any other, so the address is optional here.
alter table locate_retry alter column email drop not null;

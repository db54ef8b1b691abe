-- When the requester's confirmation told her of an erasure after a hold: a run that erased records of a case while
-- others of it were still due today leaves them to the run that erases the last of them, which confirms them all
-- in one mail. Rows erased before this column existed were confirmed by the run that erased them.
alter table deferred_erasure add column confirmed_at timestamptz;
update deferred_erasure set confirmed_at = erased_at where status = 'ERASED';

-- One assistant digest per day, whatever the number of restarts or instances.
create table deadline_digest (
    digest_date date primary key,
    created_at  timestamptz not null
);

-- Tables of the messaging runtime (events module), shared by every service's schema.
-- A repeatable migration: Flyway re-runs it when it changes, so every statement is idempotent.

create table if not exists outbox_event (
    sequence     bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    record_key   text        not null,
    event_type   text        not null,
    source       text        not null,
    occurred_at  timestamptz not null,
    payload      text        not null,
    published_at timestamptz
);

create index if not exists outbox_event_unpublished on outbox_event (sequence) where published_at is null;

create table if not exists processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);

-- Every record that reached a dead-letter topic (<topic>.dlq), recorded once, until the owner replays it or
-- marks it handled. Key, value and headers are kept as they were (the personal block of a value is sealed)
-- so that a replay publishes exactly the original record.
create table dead_letter (
    id                 bigint generated always as identity primary key,
    dlq_topic          text        not null,
    dlq_partition      integer     not null,
    dlq_offset         bigint      not null,
    original_topic     text        not null,
    original_partition integer,
    original_offset    bigint,
    record_key         bytea,
    key_text           text,
    case_id            uuid,
    event_id           text,
    event_type         text,
    reason             text,
    cause              text,
    exception_class    text,
    dead_lettered_at   timestamptz not null,
    recorded_at        timestamptz not null,
    record_value       bytea,
    record_headers     text        not null,
    status             text        not null default 'OPEN',
    resolved_by        text,
    resolved_at        timestamptz,
    note               text,
    constraint dead_letter_status check (status in ('OPEN', 'REPLAYED', 'HANDLED')),
    constraint dead_letter_record unique (dlq_topic, dlq_partition, dlq_offset)
);

create index dead_letter_open on dead_letter (dlq_topic) where status = 'OPEN';

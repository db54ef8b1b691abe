create table dsr_case (
    id                  uuid primary key,
    request_type        text        not null,
    status              text        not null,
    language            text        not null,
    channel             text        not null,
    requester_email     text        not null,
    requester_name      text,
    message             text,
    received_at         timestamptz not null,
    received_on         date        not null,
    due_on              date        not null,
    extended_due_on     date        not null,
    status_token_hash   text        not null unique,
    original_message_id text,
    version             bigint      not null default 0
);

create index dsr_case_due_on on dsr_case (due_on);

create table case_timeline_entry (
    id          bigint generated always as identity primary key,
    case_id     uuid        not null references dsr_case (id),
    occurred_at timestamptz not null,
    kind        text        not null,
    detail      text        not null,
    event_id    uuid unique
);

create index case_timeline_entry_case on case_timeline_entry (case_id, occurred_at);

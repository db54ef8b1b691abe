-- One row per notice: the intent is recorded before sending, so a notice is sent at most once
-- per (case, kind, trigger event), and the rendered text is kept as proof of what was sent.
create table notice_delivery (
    id               uuid primary key,
    case_id          text        not null,
    kind             text        not null,
    trigger_event_id uuid        not null,
    recipient        text        not null,
    recipient_name   text,
    language         text        not null,
    subject          text        not null,
    body_text        text        not null,
    body_html        text        not null,
    body_sha256      text        not null,
    message_id       text        not null unique,
    in_reply_to      text,
    status           text        not null,
    attempts         int         not null default 0,
    created_at       timestamptz not null,
    next_attempt_at  timestamptz not null,
    last_attempt_at  timestamptz,
    sent_at          timestamptz,
    last_error       text,
    unique (case_id, kind, trigger_event_id)
);

create index notice_delivery_due on notice_delivery (next_attempt_at) where status in ('PENDING', 'SENDING');

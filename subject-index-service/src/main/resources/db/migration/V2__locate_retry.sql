-- Cases whose locate found a store unavailable: located again until every store answered
-- (or the attempts run out). Holds the subject's address and name only until then.
create table locate_retry (
    case_id         text        primary key,
    request_type    text        not null,
    language        text        not null,
    email           text        not null,
    name            text,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null
);
create index locate_retry_due on locate_retry (next_attempt_at);

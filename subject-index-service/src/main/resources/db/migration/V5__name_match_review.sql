-- An ACCESS case whose locate found records matching by name only (WEAK findings): its answer waits until the
-- assistant has decided each match. `answer` holds what the package is built from (the verified case and its
-- locate result, JSON: personal data) only while the answer waits; it is emptied when the package is announced.
create table name_match_review (
    case_id        text        primary key,
    answer         text,
    searched_again text,
    created_at     timestamptz not null,
    answered_at    timestamptz
);

-- One name match of a case and the assistant's decision on it (who, when; a rejection with its reason code).
-- Kept after the answer as the record of what was left out and why.
create table name_match (
    id          bigserial   primary key,
    case_id     text        not null references name_match_review (case_id),
    store       text        not null,
    reference   text        not null,
    decision    text,
    reason_code text,
    decided_by  text,
    decided_at  timestamptz,
    unique (case_id, store, reference)
);

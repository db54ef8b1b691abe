-- Art. 16 rectification: one plan per RECTIFICATION case, one item per located record. The assistant decides each
-- item (corrected values, no change needed with a reason, or a supplementary statement where the store cannot change
-- the record); erasure-service writes the corrections and proves them by reading the record again.
create table rectification_plan (
    case_id             uuid primary key,
    language            text        not null,
    -- the requester, sealed with the case's data key (for the event's personal block)
    person_email        text,
    person_name         text,
    status              text        not null,
    planned_at          timestamptz not null,
    completed_at        timestamptz,
    version             bigint      not null default 0
);

create table rectification_item (
    id                  bigint generated always as identity primary key,
    case_id             uuid        not null references rectification_plan (case_id),
    store               text        not null,
    reference           text        not null,
    summary             text,
    -- the finding's retention category and date: how the answer and the Art. 19 register describe the record
    retention_category  text,
    retention_start     date,
    decision            text        not null,
    -- the corrected values (JSON), the reason or the statement: personal data, sealed with the case's data key
    decision_text       text,
    -- names of the corrected fields, comma-separated (no values)
    corrected_fields    text,
    decided_by          text,
    decided_at          timestamptz,
    execution           text        not null,
    executed_at         timestamptz,
    proof               text,
    last_error          text,
    version             bigint      not null default 0,
    unique (case_id, store, reference)
);

create index rectification_item_case on rectification_item (case_id, id);

-- Erasure plans: one per case, one item per finding (LEGAL.md §3–4).
create table erasure_plan (
    case_id             uuid primary key,
    request_type        text        not null,
    language            text        not null,
    -- personal data, needed only for the confirmation events' personal block
    person_email        text,
    person_name         text,
    status              text        not null,
    planned_at          timestamptz not null,
    completed_at        timestamptz,
    version             bigint      not null default 0
);

create table plan_item (
    id                  bigint generated always as identity primary key,
    case_id             uuid        not null references erasure_plan (case_id),
    store               text        not null,
    reference           text,
    retention_category  text,
    retention_start     date,
    data_categories     text,
    processing_basis    text,
    match_strength      text,
    action              text        not null,
    evaluated_action    text        not null,
    hold_until          date,
    erasable_from       date,
    legal_basis         text,
    reason              text,
    consent_based       boolean     not null,
    needs_approval      boolean     not null,
    approval            text        not null,
    pinned_reason       text,
    execution           text        not null,
    attempts            int         not null default 0,
    next_attempt_at     timestamptz,
    claimed_until       timestamptz,
    last_error          text,
    executed_at         timestamptz,
    proof               text,
    version             bigint      not null default 0
);

create index plan_item_case on plan_item (case_id, id);
create index plan_item_runnable on plan_item (next_attempt_at) where execution = 'PENDING';

-- Every decision of the assistant and every action of the service on a plan.
create table audit_entry (
    id                  bigint generated always as identity primary key,
    case_id             uuid        not null,
    item_id             bigint,
    actor               text        not null,
    action              text        not null,
    detail              text        not null,
    occurred_at         timestamptz not null
);

create index audit_entry_case on audit_entry (case_id, occurred_at);

-- Restricted records erased when their hold ends, by the scheduled deferred-erasure run.
create table deferred_erasure (
    id                  bigint generated always as identity primary key,
    case_id             uuid        not null,
    item_id             bigint      not null unique references plan_item (id),
    store               text        not null,
    reference           text        not null,
    retention_category  text,
    erasable_from       date        not null,
    status              text        not null,
    attempts            int         not null default 0,
    next_attempt_at     timestamptz,
    claimed_until       timestamptz,
    last_error          text,
    erased_at           timestamptz,
    proof               text,
    version             bigint      not null default 0
);

create index deferred_erasure_due on deferred_erasure (erasable_from) where status = 'SCHEDULED';

-- One row per run of a scheduled job, with what it did.
create table job_run (
    id                  bigint generated always as identity primary key,
    job                 text        not null,
    started_at          timestamptz not null,
    finished_at         timestamptz,
    dry_run             boolean     not null default false,
    erased              int         not null default 0,
    failed              int         not null default 0,
    would_erase         int         not null default 0,
    report              text
);

create index job_run_recent on job_run (job, started_at desc);

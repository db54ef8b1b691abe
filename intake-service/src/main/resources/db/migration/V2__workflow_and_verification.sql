-- Case workflow: who did what on the timeline, the current due date, duplicates, deadline flags.
alter table case_timeline_entry add column actor text not null default 'system';

-- The timeline is the case's audit trail: entries are only ever added.
create function case_timeline_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_timeline_entry is append-only (% refused)', tg_op;
end;
$$;

create trigger case_timeline_entry_append_only
    before update or delete on case_timeline_entry
    for each row execute function case_timeline_entry_is_append_only();

alter table dsr_case add column current_due_on date;
update dsr_case set current_due_on = due_on;
alter table dsr_case alter column current_due_on set not null;
alter table dsr_case add column extended boolean not null default false;
alter table dsr_case add column duplicate_of uuid references dsr_case (id);
alter table dsr_case add column deadline_flag text;

create index dsr_case_current_due_on on dsr_case (current_due_on);
create index dsr_case_requester_email on dsr_case (lower(requester_email), request_type);
-- exactly one case per request mail, across re-polls and restarts
create unique index dsr_case_original_message_id on dsr_case (original_message_id) where original_message_id is not null;

-- Identity verification (Art. 12(6)): one per case; its links are stored as hashes only.
create table identity_verification (
    case_id      uuid primary key references dsr_case (id),
    requested_at timestamptz not null,
    expires_at   timestamptz not null,
    reminded_at  timestamptz,
    verified_at  timestamptz,
    method       text,
    expired_at   timestamptz
);

create index identity_verification_pending on identity_verification (expires_at) where verified_at is null;

create table verification_token (
    token_hash text primary key,
    case_id    uuid        not null references identity_verification (case_id),
    issued_at  timestamptz not null
);

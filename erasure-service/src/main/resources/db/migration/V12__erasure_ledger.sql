-- Erasure ledger (issue #21): every executed erasure and restriction, so that a record a restored backup brings back
-- is found and erased (or restricted) again. No personal data in clear: the record is named only by the keyed hash
-- (HMAC-SHA256, the keyring's digest key) of its restorable identity (a mail's account, folder and Message-ID, a
-- row's table and key, a recording's id). Kept dsr.ledger.retention (the longest backup life plus a margin), then purged.
create table erasure_ledger (
    id              bigserial primary key,
    store           text        not null,
    identity_digest text        not null,
    action          text        not null check (action in ('ERASED', 'RESTRICTED')),
    executed_at     timestamptz not null,
    hold_until      date,
    case_id         uuid,
    item_id         bigint,
    reapplied_at    timestamptz,
    reapplications  int         not null default 0
);
create index erasure_ledger_identity on erasure_ledger (store, identity_digest);
create index erasure_ledger_executed_at on erasure_ledger (executed_at);

-- One run of the restore check and what it re-applied, with the store's proof for each record.
create table restore_check_run (
    id             bigserial primary key,
    trigger        text        not null,
    started_at     timestamptz not null,
    finished_at    timestamptz not null,
    ledger_entries int         not null,
    re_erased      int         not null,
    re_restricted  int         not null,
    failed         int         not null,
    unavailable    text,
    report         text        not null
);
create index restore_check_run_started_at on restore_check_run (started_at);

-- Normalised identifiers -> record references, filled by the crawls. Only keys, never record content.
create table index_entry (
    store      text not null,
    reference  text not null,
    kind       text not null,
    key        text not null,
    primary key (store, reference, kind, key)
);
create index index_entry_lookup on index_entry (kind, key);

-- Per store: where the last crawl stopped and how it went (GET /api/index/status).
create table crawl_state (
    store               text primary key,
    cursor              text        not null default '',
    records_indexed     bigint      not null default 0,
    last_started_at     timestamptz,
    last_finished_at    timestamptz,
    last_succeeded_at   timestamptz,
    last_records_seen   bigint      not null default 0,
    last_error          text,
    last_error_at       timestamptz
);

-- Inbound senders already announced (contact.first-seen once per address).
create table known_contact (
    email_key     text primary key,
    first_seen_at timestamptz not null
);

-- Art. 15 copies, AES-GCM encrypted; fetched with a token of which only the hash is kept.
create table access_package (
    id          uuid primary key,
    case_id     text        not null,
    token_hash  text        not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    content     bytea       not null
);
create index access_package_case on access_package (case_id);

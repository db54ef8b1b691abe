-- The notifier's own small projection of a case: whom to answer, in which language, and the
-- Message-ID of the request mail so that every later notice threads to it.
create table case_contact (
    case_id             text primary key,
    request_type        text        not null,
    language            text        not null,
    email               text        not null,
    name                text,
    original_message_id text,
    received_at         timestamptz not null
);

-- Art. 13 notices go out once per address. Only a hash of the normalised address is kept:
-- enough to recognise the address again, nothing to read back.
create table first_contact_notice (
    address_sha256 text primary key,
    contact_id     text        not null,
    noticed_at     timestamptz not null
);

create index notice_delivery_case on notice_delivery (case_id, created_at);

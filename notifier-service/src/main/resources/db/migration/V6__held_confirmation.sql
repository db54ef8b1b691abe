-- Art. 19 GDPR: an erasure confirmation waits here until the instructions to the recipients it names are sent (or
-- failed for good), so that it states what is true when it goes out. The erasure event is kept as on the topic: its
-- personal block sealed with the case's key (crypto-shredding reaches it), its CloudEvents headers beside it.
create table held_confirmation (
    event_id uuid primary key,
    case_id  text        not null,
    headers  text        not null,
    payload  text        not null,
    held_at  timestamptz not null
);
create index held_confirmation_case on held_confirmation (case_id);

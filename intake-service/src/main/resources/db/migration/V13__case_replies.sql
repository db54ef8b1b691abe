-- Mails that answer a case (a reply to one of our notices, or a mail with the case's reference from the
-- requester's address) are attached to the case instead of opening a new one. Sender, subject and text are
-- personal data: sealed with the case's data key (each value bound to its reply and field), so shredding the key
-- at the end of the case record's retention makes them unreadable too. A mail that names a case from another
-- address waits in triage (not attached) until the assistant attaches it, opens a case for it or marks it handled.
create table case_reply (
    id             uuid        primary key,
    case_id        uuid        not null references dsr_case (id),
    -- Message-ID as MessageIdKey bounds it, and the keyed MailDigest: the same mail polled again is found
    mail_key       text        not null,
    mail_digest    text        not null,
    received_at    timestamptz not null,
    recorded_at    timestamptz not null,
    automatic      boolean     not null,
    from_requester boolean     not null,
    attached       boolean     not null,
    -- the triage item of a mail from another address (mail_intake_failure), null for a reply attached at once
    triage_id      bigint,
    -- length of the new text (without quoted earlier mail): for the timeline, which holds no personal data
    new_text_chars integer     not null,
    sender_email   text,
    sender_name    text,
    subject        text,
    new_text       text,
    full_text      text
);
create index case_reply_case on case_reply (case_id);
create index case_reply_mail on case_reply (mail_key);
create unique index case_reply_triage on case_reply (triage_id) where triage_id is not null;

-- A mail from another address that names a case: the case it names.
alter table mail_intake_failure add column case_id uuid;

-- A case the assistant opened from a reply to a closed or answered case.
alter table dsr_case add column follow_up_of uuid references dsr_case (id);
create index dsr_case_follow_up_of on dsr_case (follow_up_of) where follow_up_of is not null;

-- Requests the assistant registers (letter, phone, fax, in person, another address) may come without an address:
-- their notices are prepared for printing. Channels are text: the new names (LETTER, PHONE, FAX, IN_PERSON,
-- OTHER_ADDRESS) need no change.
alter table dsr_case alter column requester_email drop not null;

-- Watched mailboxes (info@, thomas@ ...): a mail there that reads like a data-subject request is suggested in triage,
-- once (by the server's name for it, and by its Message-ID if the server renumbers), and opened as a case only by
-- the assistant. The id is the id of the case it opens; sender, subject and text are sealed under that case's key.
create table mail_suggestion (
    id                  uuid primary key,
    mailbox             text        not null,
    mailbox_ref         text        not null unique,
    mail_key            text        not null,
    original_message_id text,
    received_at         timestamptz not null,
    request_type        text        not null,
    language            text        not null,
    sender_email        text        not null,
    sender_name         text,
    subject             text,
    message             text,
    suggested_at        timestamptz not null,
    case_opened_at      timestamptz,
    case_opened_by      text,
    unique (mailbox, mail_key)
);

create index mail_suggestion_open on mail_suggestion (received_at) where case_opened_at is null;

-- How far each watched mailbox has been read: the highest UID seen under its UIDVALIDITY. Mail there is only read.
create table watched_mailbox_cursor (
    mailbox      text primary key,
    uid_validity bigint not null,
    last_uid     bigint not null
);

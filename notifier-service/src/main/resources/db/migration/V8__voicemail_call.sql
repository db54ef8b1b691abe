-- Art. 19: the phone provider finds a voicemail by the call's time and the caller's number, not by our IMAP
-- reference. Taken from the case's located records (subject.located) for its voicemail mails only, and read when
-- the provider's instruction is written. The caller's number is personal data: sealed with the case's key, as the case contact.
create table voicemail_call (
    case_id    text        not null,
    reference  text        not null,
    called_at  timestamptz,
    caller     text,
    primary key (case_id, reference)
);

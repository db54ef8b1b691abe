-- A stranger chooses a mail's Message-ID: the unique index on it failed for a 6,000-character one (a btree entry
-- holds about 2,700 bytes), and it dropped a different mail that reused an id. A case from mail is now keyed on
-- the Message-ID bounded to 255 characters (a longer one as 'sha256:' and the hex SHA-256 of its UTF-8 bytes)
-- together with a keyed digest of sender, subject and text. original_message_id keeps the id for threading.
alter table dsr_case add column mail_key text, add column mail_digest text;
update dsr_case set mail_key = case when length(original_message_id) <= 255 then original_message_id
        else 'sha256:' || encode(sha256(convert_to(original_message_id, 'UTF8')), 'hex') end
    where original_message_id is not null;
drop index dsr_case_original_message_id;
-- cases from before have no digest: the poller takes such a case for the same mail, as it did before
create unique index dsr_case_mail on dsr_case (mail_key, mail_digest) where mail_key is not null;

-- Failed attempts to turn a mail in the inbox into a case, by the IMAP server's name for the mail (folder,
-- UIDVALIDITY, UID; never a header): at the second failure the mail goes to the error folder. In the database, so
-- that the count survives a restart and is the same for every instance.
create table mail_intake_attempt (
    mailbox_ref    text        primary key,
    failures       integer     not null,
    last_reason    text        not null,
    last_failed_at timestamptz not null
);

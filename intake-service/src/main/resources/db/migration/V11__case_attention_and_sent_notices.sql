-- What the assistant must look at in a case (a new reply, a notice that could not be delivered, an identity
-- never confirmed): one row per case and reason while it is open; the row is removed when she has dealt with it.
create table case_attention (
    case_id   uuid        not null references dsr_case (id),
    reason    varchar(40) not null,
    raised_at timestamptz not null,
    primary key (case_id, reason)
);

-- Every notice the notifier sent for a case, by the key of its Message-ID (MessageIdKey): a reply or a bounce
-- that names it belongs to that case.
create table sent_notice (
    message_key varchar(300) primary key,
    case_id     uuid         not null,
    kind        varchar(40)  not null,
    sent_at     timestamptz  not null
);
create index sent_notice_case on sent_notice (case_id);

-- A triage item (a mail that became no case) is open until the assistant has dealt with it.
alter table mail_intake_failure add column handled_at timestamptz;
alter table mail_intake_failure add column handled_by varchar(100);

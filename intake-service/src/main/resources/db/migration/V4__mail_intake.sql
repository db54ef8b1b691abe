-- Request mails that could not be parsed: moved to the error folder and listed for the assistant.
create table mail_intake_failure (
    id          bigint generated always as identity primary key,
    message_id  text,
    folder      text        not null,
    reason      text        not null,
    received_at timestamptz,
    recorded_at timestamptz not null
);

-- A requester without an e-mail address (a request by letter or phone) is told of a lift by a letter: the notice is
-- prepared for printing and handed to the assistant to post, and the records are lifted from then on. Recorded so the
-- case says how she was told, never "sent" for a letter.
alter table erasure_plan
    add column lift_notice_by_post boolean not null default false;

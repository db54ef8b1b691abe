-- Art. 19 GDPR: one task per case and recipient of the register whose data an erasure or restriction concerned.
-- channel MAIL: the instruction is the notice delivery delivery_id (sent, retried, bounce-tracked like every notice;
-- its status says whether the recipient was informed); HOSTING: covered by the erasure on our own servers; MANUAL:
-- open until the assistant confirms when and how she told the recipient (informed_on, informed_via).
create table recipient_notification (
    id           uuid primary key,
    case_id      text        not null,
    recipient    text        not null,
    channel      text        not null,
    created_at   timestamptz not null,
    delivery_id  uuid,
    informed_on  date,
    informed_via text,
    confirmed_at timestamptz,
    unique (case_id, recipient)
);

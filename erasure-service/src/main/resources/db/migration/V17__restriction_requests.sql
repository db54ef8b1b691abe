-- Restriction at the requester's request (Art. 18 GDPR). The ground she gave (18(1)(a)-(d)) arrives with her request
-- (request.received) before any plan exists, or is chosen by the assistant later: kept per case, not on the plan.
create table restriction_ground (
    case_id    uuid primary key,
    ground     text        not null,
    set_by     text        not null,
    set_at     timestamptz not null
);

-- Lifting is announced to her first (Art. 18(3)); the stores change only after the notice was sent.
alter table erasure_plan
    add column lift_announced_at timestamptz,
    add column lift_announced_by text,
    add column lift_notice_sent_at timestamptz;

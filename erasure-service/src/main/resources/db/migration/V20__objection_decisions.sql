-- Objection (Art. 21 GDPR): the assistant's one decision per purpose of a case, stop or continue on the compelling
-- legitimate grounds she wrote down. The single source of truth for the purpose: every record of it follows it,
-- also one confirmed as the requester's (a name-only match) or reclassified into the purpose after the decision.
create table objection_decision (
    case_id    uuid        not null references erasure_plan (case_id),
    purpose    text        not null,
    decision   text        not null,
    grounds    text,
    decided_by text        not null,
    decided_at timestamptz not null,
    primary key (case_id, purpose),
    constraint objection_decision_grounds check ((decision = 'CONTINUE') = (grounds is not null))
);

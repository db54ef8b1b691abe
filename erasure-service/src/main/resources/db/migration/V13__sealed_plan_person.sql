-- The requester's address and name on an erasure plan encrypted at rest: person_email and person_name hold values
-- sealed with the case's data key (SealedFields, scope case:<id>, as intake's case file and the notifier's contacts),
-- so shredding that key makes the plan's copy unreadable too.
-- false: the row still holds the plaintext of before this migration; ClearPlanPersonSealing seals it at start-up
-- (the keys are in the application, not in the database).
alter table erasure_plan add column person_sealed boolean not null default false;

create index erasure_plan_person_in_clear on erasure_plan (case_id) where not person_sealed;

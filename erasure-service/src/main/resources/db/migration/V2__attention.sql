-- A deferred erasure the store refused for good is handed to the assistant instead of being retried
-- forever (deferred_erasure.status NEEDS_ATTENTION); the plan item says why.
alter table plan_item add column attention text;

create index deferred_erasure_needs_attention on deferred_erasure (case_id) where status = 'NEEDS_ATTENTION';

-- The case file encrypted at rest: requester_email, requester_name and message hold values sealed with the
-- case's data key (SealedFields, scope case:<id>), so shredding that key makes the row unreadable too.
-- Lookups by address go through a keyed digest instead of the address.
alter table dsr_case add column requester_email_digest text;
-- false: the row still holds the plaintext of before this migration; PlaintextCaseSealing seals it at start-up
alter table dsr_case add column personal_data_sealed boolean not null default false;

drop index dsr_case_requester_email;
create index dsr_case_requester_email_digest on dsr_case (requester_email_digest, request_type);

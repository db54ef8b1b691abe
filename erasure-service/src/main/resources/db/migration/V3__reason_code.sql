-- The reason of a plan item as a stable code (ErasureEvents.ReasonCode), so the requester's notice can word it
-- in the notice's language; reason keeps the English words for the assistant. Null for items planned before.
alter table plan_item add column reason_code text;

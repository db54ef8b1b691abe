-- Operator tasks of erasures no case asked for (issue #17): routine retention deletes a conference recording after
-- 14 days and leaves its raw media on the BBB server. Such a task has no case and no plan item; the jobs overview
-- shows it until the assistant confirms it done. The same instruction reported again is the same task.
alter table operator_task alter column case_id drop not null;
alter table operator_task alter column item_id drop not null;

create unique index operator_task_without_case on operator_task (store, instruction) where item_id is null;
create index operator_task_open_without_case on operator_task (id) where case_id is null and done_at is null;

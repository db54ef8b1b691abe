-- Operator tasks read before the erasure (issue #17): a stored file's task (Greenlight ActiveStorage blob, Odoo
-- ir_attachment store_fname) was known only from the answer of the erasure that deleted the row naming the file; a
-- crash between the store's commit and recording the outcome lost it. The task is now kept `pending` before the
-- erasure runs and confirmed when its outcome is recorded; pending tasks are listed nowhere.
alter table operator_task add column pending boolean not null default false;

-- The same instruction in a case is one task: duplicates of the earlier check-then-insert race are merged first
-- (the oldest row stays), then the index makes concurrent reports insert it once.
delete from operator_task later using operator_task earlier
 where later.case_id = earlier.case_id and later.store = earlier.store and later.instruction = earlier.instruction
   and later.id > earlier.id;
create unique index operator_task_of_case on operator_task (case_id, store, instruction) where case_id is not null;

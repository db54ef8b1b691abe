-- Why a restriction she asked for ends (Art. 18(1) GDPR), one statement per case for every ground, not only the
-- accuracy check of 18(1)(a): (a) accurate, (b) she withdrew her request or consented (Art. 18(2)), (c) she no longer
-- needs the data for legal claims, (d) our compelling legitimate grounds override hers (written down, the notice gives
-- them). The statement's reason stays sealed with the case's data key.
alter table restriction_ground rename column accuracy_check to end_reason;
alter table restriction_ground rename column accuracy_reason to end_statement;
alter table restriction_ground rename column accuracy_checked_by to end_stated_by;
alter table restriction_ground rename column accuracy_checked_at to end_stated_at;

-- "rectified" comes only from a completed rectification of her records, never from the assistant's word: a statement
-- of it made before is no ground to lift (the rectification, where there is one, still gives the result)
update restriction_ground
   set end_reason = null, end_statement = null, end_stated_by = null, end_stated_at = null
 where end_reason = 'RECTIFIED';

-- A restriction on ground Art. 18(1)(a) GDPR (accuracy contested) lasts for the time needed to check the accuracy:
-- it is lifted only with the check's result. Where no rectification of her records gives it, the assistant states it
-- on the case (the data are accurate, or they were rectified) with a short reason, sealed with the case's data key.
alter table restriction_ground
    add column accuracy_check      text,
    add column accuracy_reason     text,
    add column accuracy_checked_by text,
    add column accuracy_checked_at timestamptz;

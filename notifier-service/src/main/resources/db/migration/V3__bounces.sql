-- A delivery report (bounce) intake found for a notice: the notice is FAILED even if SMTP had accepted it. The status
-- code stays readable; the diagnostic text may quote the address, so it is sealed with the case's data key like the
-- recipient (SealedNotices).
alter table notice_delivery add column bounce_status text;
alter table notice_delivery add column bounce_diagnostic text;
alter table notice_delivery add column bounced_at timestamptz;

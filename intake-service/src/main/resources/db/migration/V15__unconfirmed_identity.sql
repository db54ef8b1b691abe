-- A verification link that expired unused: the requester is told once, after a grace, that her request cannot be
-- carried out while her identity is not confirmed (unconfirmed_notice_at: when that notice was issued); the
-- assistant may send a new link instead (renewed_at), which makes every earlier link of the case invalid
-- (superseded_at).
alter table identity_verification add column unconfirmed_notice_at timestamptz;
alter table identity_verification add column renewed_at timestamptz;
alter table verification_token add column superseded_at timestamptz;

-- Cases whose link expired before this version wait for the assistant like those expiring from now on.
insert into case_attention (case_id, reason, raised_at)
select id, 'UNVERIFIED', now() from dsr_case where status = 'VERIFICATION_EXPIRED'
on conflict (case_id, reason) do nothing;

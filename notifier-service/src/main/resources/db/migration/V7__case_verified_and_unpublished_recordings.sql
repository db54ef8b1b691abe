-- When the requester's identity was verified: until then notices greet without the name she typed (issue #19 c).
alter table case_contact add column verified_at timestamptz;

-- A consent withdrawal takes effect on receipt (Art. 7(3) GDPR): when erasure-service unpublished her conference
-- recordings at once (recordings.unpublished), the withdrawal's confirmation says so and when. No personal data.
create table unpublished_recordings (
    case_id        text primary key,
    recordings     integer     not null,
    unpublished_at timestamptz not null
);

-- Consent withdrawal takes effect on receipt (issue #18): the recordings unpublished when the case opened, before
-- verification, per case; store ids only (BBB record ids), no personal data. Reversible: lifting publishes them again.
create table unpublished_recording (
    id             bigserial primary key,
    case_id        uuid        not null,
    store          text        not null,
    record_id      text        not null,
    unpublished_at timestamptz not null,
    unique (case_id, store, record_id)
);

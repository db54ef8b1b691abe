-- Reference schema: Greenlight v3, release 3.8.1 (bigbluebutton/greenlight, tag release-3.8.1, file db/schema.rb,
-- ActiveRecord::Schema[7.2] version 2026_04_02_000000), as PostgreSQL creates it from that file. A faithful
-- SUBSET: only the tables the conference mapping and its deletion touch, and the tables their foreign keys point
-- at. Table and column names, types (t.string = character varying, t.datetime = timestamp(6)), NOT NULL,
-- defaults, unique indexes and foreign keys as upstream declares them: plain, without ON DELETE CASCADE (Rails
-- deletes dependents itself). No column, default or constraint of our own. 3.8.1 is modelled because
-- invitations.name exists only from 3.8.1 (3.8.0 lacks it). users.status is Rails' integer enum of
-- app/models/user.rb: active 0, pending 1, banned 2. Demo data: seed.sql beside this file.
create table roles (
    id         uuid                        not null default gen_random_uuid() primary key,
    name       character varying           not null,
    color      character varying           not null default '',
    provider   character varying           not null,
    created_at timestamp(6) without time zone not null,
    updated_at timestamp(6) without time zone not null
);
create unique index index_roles_on_name_and_provider on roles (name, provider);

create table users (
    id                   uuid                        not null default gen_random_uuid() primary key,
    name                 character varying           not null,
    email                character varying           not null,
    external_id          character varying,
    provider             character varying           not null,
    password_digest      character varying,
    last_login           timestamp(6) without time zone,
    created_at           timestamp(6) without time zone not null,
    updated_at           timestamp(6) without time zone not null,
    role_id              uuid,
    language             character varying           not null,
    reset_digest         character varying,
    reset_sent_at        timestamp without time zone,
    verified             boolean                     default false,
    verification_digest  character varying,
    verification_sent_at timestamp without time zone,
    session_token        character varying,
    session_expiry       timestamp without time zone,
    status               integer                     default 0
);
create unique index index_users_on_email_and_provider on users (email, provider);
create unique index index_users_on_reset_digest on users (reset_digest);
create index index_users_on_role_id on users (role_id);
create unique index index_users_on_session_token on users (session_token);
create unique index index_users_on_verification_digest on users (verification_digest);

create table rooms (
    id                    uuid                        not null default gen_random_uuid() primary key,
    user_id               uuid,
    name                  character varying           not null,
    friendly_id           character varying           not null,
    meeting_id            character varying           not null,
    last_session          timestamp(6) without time zone,
    created_at            timestamp(6) without time zone not null,
    updated_at            timestamp(6) without time zone not null,
    recordings_processing integer                     default 0,
    online                boolean                     default false
);
create unique index index_rooms_on_friendly_id on rooms (friendly_id);
create unique index index_rooms_on_meeting_id on rooms (meeting_id);
create index index_rooms_on_user_id on rooms (user_id);

create table recordings (
    id           uuid                        not null default gen_random_uuid() primary key,
    room_id      uuid,
    name         character varying           not null,
    record_id    character varying           not null,
    created_at   timestamp(6) without time zone not null,
    updated_at   timestamp(6) without time zone not null,
    visibility   character varying           not null,
    length       integer                     not null,
    participants integer                     not null,
    protectable  boolean,
    recorded_at  timestamp(6) without time zone
);
create index index_recordings_on_room_id on recordings (room_id);

create table formats (
    id             uuid                        not null default gen_random_uuid() primary key,
    recording_id   uuid,
    recording_type character varying           not null,
    url            character varying           not null,
    created_at     timestamp(6) without time zone not null,
    updated_at     timestamp(6) without time zone not null
);
create index index_formats_on_recording_id on formats (recording_id);

create table meeting_options (
    id            uuid                        not null default gen_random_uuid() primary key,
    name          character varying,
    default_value character varying,
    created_at    timestamp(6) without time zone not null,
    updated_at    timestamp(6) without time zone not null
);
create unique index index_meeting_options_on_name on meeting_options (name);

create table room_meeting_options (
    id                uuid                        not null default gen_random_uuid() primary key,
    room_id           uuid,
    meeting_option_id uuid,
    value             character varying,
    created_at        timestamp(6) without time zone not null,
    updated_at        timestamp(6) without time zone not null
);
create index index_room_meeting_options_on_meeting_option_id on room_meeting_options (meeting_option_id);
create index index_room_meeting_options_on_room_id on room_meeting_options (room_id);

create table shared_accesses (
    id         uuid                        not null default gen_random_uuid() primary key,
    user_id    uuid                        not null,
    room_id    uuid                        not null,
    created_at timestamp(6) without time zone not null,
    updated_at timestamp(6) without time zone not null
);
create index index_shared_accesses_on_room_id on shared_accesses (room_id);
create unique index index_shared_accesses_on_user_id_and_room_id on shared_accesses (user_id, room_id);
create index index_shared_accesses_on_user_id on shared_accesses (user_id);

-- Rails' default bigint id (no id: :uuid in schema.rb)
create table invitations (
    id         bigserial                   primary key,
    email      character varying           not null,
    provider   character varying           not null,
    token      character varying           not null,
    created_at timestamp(6) without time zone not null,
    updated_at timestamp(6) without time zone not null,
    name       character varying
);
create unique index index_invitations_on_email_and_provider on invitations (email, provider);
create unique index index_invitations_on_token on invitations (token);

-- ActiveStorage: a user's avatar (record_type 'User', name 'avatar') and a room's presentation
-- (record_type 'Room', name 'presentation'); the file itself lives in the storage service under blobs.key.
create table active_storage_blobs (
    id           uuid                        not null default gen_random_uuid() primary key,
    key          character varying           not null,
    filename     character varying           not null,
    content_type character varying,
    metadata     text,
    service_name character varying           not null,
    byte_size    bigint                      not null,
    checksum     character varying,
    created_at   timestamp(6) without time zone not null
);
create unique index index_active_storage_blobs_on_key on active_storage_blobs (key);

create table active_storage_attachments (
    id          uuid                        not null default gen_random_uuid() primary key,
    name        character varying           not null,
    record_type character varying           not null,
    record_id   uuid                        not null,
    blob_id     uuid                        not null,
    created_at  timestamp(6) without time zone not null
);
create index index_active_storage_attachments_on_blob_id on active_storage_attachments (blob_id);
create unique index index_active_storage_attachments_uniqueness
    on active_storage_attachments (record_type, record_id, name, blob_id);

create table active_storage_variant_records (
    id               uuid              not null default gen_random_uuid() primary key,
    blob_id          uuid              not null,
    variation_digest character varying not null
);
create unique index index_active_storage_variant_records_uniqueness
    on active_storage_variant_records (blob_id, variation_digest);

-- add_foreign_key as in schema.rb: plain foreign keys, no cascade
alter table active_storage_attachments add foreign key (blob_id) references active_storage_blobs (id);
alter table active_storage_variant_records add foreign key (blob_id) references active_storage_blobs (id);
alter table formats add foreign key (recording_id) references recordings (id);
alter table recordings add foreign key (room_id) references rooms (id);
alter table room_meeting_options add foreign key (meeting_option_id) references meeting_options (id);
alter table room_meeting_options add foreign key (room_id) references rooms (id);
alter table rooms add foreign key (user_id) references users (id);
alter table shared_accesses add foreign key (room_id) references rooms (id);
alter table shared_accesses add foreign key (user_id) references users (id);
alter table users add foreign key (role_id) references roles (id);

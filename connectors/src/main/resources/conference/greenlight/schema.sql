-- Greenlight v3 tables (the columns that hold personal data), for tests and the local stack.
-- Greenlight re-imports recording rows from BigBlueButton: recordings are erased through the BBB API.
create table users (
    id          uuid      primary key default gen_random_uuid(),
    name        varchar   not null,
    email       varchar   not null,
    provider    varchar   not null default 'greenlight',
    external_id varchar,
    language    varchar   not null default 'de',
    created_at  timestamp not null default now(),
    updated_at  timestamp not null default now(),
    last_login  timestamp,
    verified    boolean   not null default false,
    status      varchar   not null default 'active'
);

create table rooms (
    id           uuid      primary key default gen_random_uuid(),
    user_id      uuid      not null references users (id),
    name         varchar   not null,
    friendly_id  varchar   not null unique,
    meeting_id   varchar   not null unique,
    last_session timestamp,
    created_at   timestamp not null default now()
);
create index rooms_user on rooms (user_id);

create table recordings (
    id           uuid      primary key default gen_random_uuid(),
    room_id      uuid      not null references rooms (id),
    name         varchar   not null,
    record_id    varchar   not null unique,
    visibility   varchar   not null default 'Unpublished',
    length       integer   not null default 0,
    participants integer   not null default 0,
    recorded_at  timestamp,
    created_at   timestamp not null default now()
);
create index recordings_room on recordings (room_id);

create table shared_accesses (
    id         uuid      primary key default gen_random_uuid(),
    user_id    uuid      not null references users (id),
    room_id    uuid      not null references rooms (id),
    created_at timestamp not null default now()
);
create index shared_accesses_user on shared_accesses (user_id);

create table invitations (
    id         uuid      primary key default gen_random_uuid(),
    email      varchar   not null,
    name       varchar,
    token      varchar   not null unique,
    created_at timestamp not null default now()
);

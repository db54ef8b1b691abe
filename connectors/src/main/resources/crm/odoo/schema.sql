-- Odoo-like CRM tables (a small subset of Odoo 17's columns), for tests and the local stack.
-- Runs in the current search_path; the connector reads it with read-only credentials.
create table res_partner (
    id          bigserial primary key,
    name        text      not null,
    email       text,
    phone       text,
    street      text,
    zip         text,
    city        text,
    vat         text,
    active      boolean   not null default true,
    create_date timestamp not null default now()
);

create table account_move (
    id           bigserial primary key,
    partner_id   bigint references res_partner (id),
    move_type    text          not null check (move_type in ('entry', 'out_invoice', 'out_refund', 'in_invoice', 'in_refund')),
    name         text          not null,
    invoice_date date,
    amount_total numeric(12, 2) not null default 0,
    state        text          not null default 'draft' check (state in ('draft', 'posted', 'cancel'))
);
create index account_move_partner on account_move (partner_id);

-- Odoo's chatter: a message hangs on any record through (model, res_id). message_type 'email' was received or
-- sent by mail, 'comment' was written in the chatter (a message to the followers, or with is_internal an internal
-- note), 'notification' is a system entry (e.g. "invoice posted").
create table mail_message (
    id           bigserial primary key,
    model        text,
    res_id       bigint,
    author_id    bigint references res_partner (id),
    email_from   text,
    subject      text,
    body         text,
    date         timestamp not null default now(),
    message_type text      not null default 'email' check (message_type in ('email', 'comment', 'notification')),
    is_internal  boolean   not null default false
);
create index mail_message_author on mail_message (author_id);
create index mail_message_record on mail_message (model, res_id);

-- Restricted rows of tables without a flag column of their own (Art. 18): the row key and the hold date
create table dsr_restriction (
    table_name    text      not null,
    record_key    text      not null,
    hold_until    date      not null,
    restricted_at timestamp not null default now(),
    primary key (table_name, record_key)
);

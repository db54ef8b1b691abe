-- Reference schema: Odoo 17.0 (odoo/odoo, branch 17.0), as Odoo's ORM creates it in PostgreSQL from the models in
-- odoo/addons/base/models/res_partner.py (res.partner, res.partner.category), res_country.py, res_users.py,
-- res_bank.py (res.partner.bank), ir_attachment.py; addons/mail/models/mail_message.py, mail_message_subtype.py,
-- mail_notification.py, mail_followers.py, mail_mail.py, mail_tracking_value.py, mail_thread_blacklist.py
-- (email_normalized); addons/phone_validation/models/mail_thread_phone.py (phone_sanitized); addons/account/models/
-- account_move.py, account_move_line.py; addons/crm/models/crm_lead.py; addons/sale/models/sale_order.py.
-- Written from those models without a running Odoo (the stored copies of odoo/odoo at hand were of later branches),
-- so every column here is one the 17.0 model declares as stored; checked against 17.0 to the best of our knowledge.
-- A faithful SUBSET: only the tables the CRM mapping and its erasure touch and the tables their foreign keys point
-- at, and of those only the columns the mapping reads or that hold personal data. Left out on purpose: the magic
-- columns create_uid/write_uid (ON DELETE SET NULL to res_users), company_id, currency_id, journal_id and the
-- other keys to configuration tables (res_company, res_currency, account_journal, ir_model_fields …): a real row
-- has them, ours do not need them.
-- How the ORM maps fields: Char = character varying, Text/Html = text, Boolean = boolean, Integer and Many2one and
-- Many2oneReference = integer (ids are serial), Date = date, Datetime = timestamp without time zone, Monetary =
-- numeric, translated Char (translate=True) = jsonb {"en_US": …} since 16.0. required=True = NOT NULL. Many2one =
-- foreign key "<table>_<column>_fkey" with the field's ondelete (default SET NULL, RESTRICT when required);
-- Many2many = a relation table with both columns NOT NULL, the pair as primary key, ON DELETE CASCADE.
-- Selection fields are plain character varying: Odoo checks their values in Python, not in the database, so there
-- are no check constraints for them here either (their 17.0 values are listed in comments). The only SQL
-- constraints are the ones the models declare (_sql_constraints). Odoo sets defaults in Python, not as column
-- defaults; the column defaults below are exactly the field defaults of 17.0 (so that the tests' short inserts get
-- what Odoo would give them), never a value of our own.
-- Demo data: seed.sql beside this file.

create table res_country (
    id   serial            primary key,
    name jsonb             not null,
    code character varying(2)
);
create unique index res_country_code_uniq on res_country (code);

create table res_country_state (
    id         serial            primary key,
    country_id integer           not null references res_country (id) on delete restrict,
    name       character varying not null,
    code       character varying not null
);

create table res_partner (
    id                      serial            primary key,
    name                    character varying,
    complete_name           character varying, -- stored compute (17.0 replaced the stored display_name of 16.0)
    parent_id               integer           references res_partner (id) on delete set null,
    ref                     character varying,
    lang                    character varying,
    vat                     character varying,
    website                 character varying,
    comment                 text,
    active                  boolean           default true,
    function                character varying,
    type                    character varying default 'contact', -- contact, invoice, delivery, other
    street                  character varying,
    street2                 character varying,
    zip                     character varying,
    city                    character varying,
    state_id                integer           references res_country_state (id) on delete restrict,
    country_id              integer           references res_country (id) on delete restrict,
    email                   character varying,
    phone                   character varying,
    mobile                  character varying,
    is_company              boolean           default false,
    commercial_partner_id   integer           references res_partner (id) on delete set null,
    commercial_company_name character varying,
    company_name            character varying,
    email_normalized        character varying, -- mail.thread.blacklist
    message_bounce          integer           default 0,
    phone_sanitized         character varying, -- mail.thread.phone (phone_validation)
    create_date             timestamp without time zone default (now() at time zone 'utc'),
    write_date              timestamp without time zone default (now() at time zone 'utc'),
    constraint res_partner_check_name check (((type)::text = 'contact'::text and name is not null)
        or ((type)::text <> 'contact'::text))
);
create index res_partner_parent_id_index on res_partner (parent_id);
create index res_partner_commercial_partner_id_index on res_partner (commercial_partner_id);
create index res_partner_email_normalized_index on res_partner (email_normalized);

-- Partner tags (res.partner.category): _parent_store, so parent_path holds "<ancestor ids>/<id>/"
create table res_partner_category (
    id          serial  primary key,
    name        jsonb   not null,
    color       integer,
    parent_id   integer references res_partner_category (id) on delete cascade,
    active      boolean default true,
    parent_path character varying
);
create index res_partner_category_parent_path_index on res_partner_category (parent_path);

create table res_partner_res_partner_category_rel (
    category_id integer not null references res_partner_category (id) on delete cascade,
    partner_id  integer not null references res_partner (id) on delete cascade,
    primary key (category_id, partner_id)
);
create index res_partner_res_partner_category_rel_partner_id_category_id_idx
    on res_partner_res_partner_category_rel (partner_id, category_id);

create table res_users (
    id          serial            primary key,
    login       character varying not null,
    partner_id  integer           not null references res_partner (id) on delete restrict,
    active      boolean           default true,
    password    character varying,
    signature   text,
    share       boolean,
    create_date timestamp without time zone default (now() at time zone 'utc'),
    constraint res_users_login_key unique (login)
);

create table res_partner_bank (
    id                   serial            primary key,
    active               boolean           default true,
    acc_number           character varying not null,
    sanitized_acc_number character varying,
    acc_holder_name      character varying,
    partner_id           integer           not null references res_partner (id) on delete cascade,
    create_date          timestamp without time zone default (now() at time zone 'utc'),
    constraint res_partner_bank_unique_number unique (sanitized_acc_number, partner_id)
);

create table account_move (
    id                            serial            primary key,
    name                          character varying,
    ref                           character varying,
    date                          date              not null default current_date,
    state                         character varying not null default 'draft', -- draft, posted, cancel
    -- entry, out_invoice, out_refund, in_invoice, in_refund, out_receipt, in_receipt
    move_type                     character varying not null default 'entry',
    posted_before                 boolean,
    partner_id                    integer           references res_partner (id) on delete restrict,
    commercial_partner_id         integer           references res_partner (id) on delete set null,
    partner_shipping_id           integer           references res_partner (id) on delete set null,
    partner_bank_id               integer           references res_partner_bank (id) on delete restrict,
    invoice_date                  date,
    invoice_date_due              date,
    invoice_origin                character varying,
    invoice_partner_display_name  character varying,
    invoice_source_email          character varying,
    payment_state                 character varying, -- not_paid, in_payment, paid, partial, reversed, invoicing_legacy
    amount_total                  numeric,
    narration                     text,
    create_date                   timestamp without time zone default (now() at time zone 'utc')
);
create index account_move_partner_id_index on account_move (partner_id);
create index account_move_date_index on account_move (date);

create table account_move_line (
    id           serial            primary key,
    move_id      integer           not null references account_move (id) on delete cascade,
    move_name    character varying,
    date         date,
    parent_state character varying,
    partner_id   integer           references res_partner (id) on delete restrict,
    name         character varying,
    display_type character varying,
    debit        numeric,
    credit       numeric,
    balance      numeric,
    create_date  timestamp without time zone default (now() at time zone 'utc')
);
create index account_move_line_move_id_index on account_move_line (move_id);
create index account_move_line_partner_id_index on account_move_line (partner_id);

-- Files: the row holds the name and the path of the file in Odoo's filestore (store_fname, relative to
-- <data_dir>/filestore/<database>/); db_datas only when ir_attachment.location = 'db'
create table ir_attachment (
    id           serial            primary key,
    name         character varying not null,
    description  text,
    res_model    character varying,
    res_field    character varying,
    res_id       integer,
    type         character varying not null default 'binary', -- url, binary
    url          character varying(1024),
    public       boolean,
    access_token character varying,
    db_datas     bytea,
    store_fname  character varying,
    file_size    integer,
    checksum     character varying(40),
    mimetype     character varying,
    index_content text,
    create_date  timestamp without time zone default (now() at time zone 'utc')
);
create index ir_attachment_res_idx on ir_attachment (res_model, res_id);

-- Chatter subtypes: mail.mt_comment "Discussions" (internal false), mail.mt_note "Note" (internal true), …
create table mail_message_subtype (
    id               serial            primary key,
    name             jsonb             not null,
    description      jsonb,
    internal         boolean,
    parent_id        integer           references mail_message_subtype (id) on delete set null,
    relation_field   character varying,
    res_model        character varying,
    "default"        boolean           default true,
    sequence         integer           default 1,
    hidden           boolean,
    track_recipients boolean
);

-- Odoo's chatter: a message hangs on any record through (model, res_id). message_type: email (received),
-- email_outgoing (sent by mail), comment (written in the chatter: a message, or through an internal subtype such
-- as mail.mt_note a note), notification (system entry, e.g. tracking), auto_comment, user_notification.
create table mail_message (
    id                 serial            primary key,
    subject            character varying,
    date               timestamp without time zone default (now() at time zone 'utc'),
    body               text,
    parent_id          integer           references mail_message (id) on delete set null,
    model              character varying,
    res_id             integer,
    record_name        character varying,
    message_type       character varying not null default 'comment',
    subtype_id         integer           references mail_message_subtype (id) on delete set null,
    is_internal        boolean,
    author_id          integer           references res_partner (id) on delete set null,
    email_from         character varying,
    reply_to           character varying,
    message_id         character varying,
    reply_to_force_new boolean,
    create_date        timestamp without time zone default (now() at time zone 'utc')
);
create index mail_message_model_res_id_idx on mail_message (model, res_id);
create index mail_message_author_id_index on mail_message (author_id);

-- mail.message.partner_ids: the partners a message was addressed to
create table mail_message_res_partner_rel (
    mail_message_id integer not null references mail_message (id) on delete cascade,
    res_partner_id  integer not null references res_partner (id) on delete cascade,
    primary key (mail_message_id, res_partner_id)
);

-- mail.message.attachment_ids
create table message_attachment_rel (
    message_id    integer not null references mail_message (id) on delete cascade,
    attachment_id integer not null references ir_attachment (id) on delete cascade,
    primary key (message_id, attachment_id)
);

-- Outgoing mails: mail.mail _inherits mail.message through mail_message_id
create table mail_mail (
    id              serial            primary key,
    mail_message_id integer           not null references mail_message (id) on delete cascade,
    body_html       text,
    "references"    text,
    headers         text,
    is_notification boolean,
    email_to        text,
    email_cc        character varying,
    state           character varying default 'outgoing', -- outgoing, sent, received, exception, cancel
    auto_delete     boolean,
    failure_type    character varying,
    failure_reason  text,
    scheduled_date  timestamp without time zone,
    create_date     timestamp without time zone default (now() at time zone 'utc')
);
create index mail_mail_mail_message_id_index on mail_mail (mail_message_id);

create table mail_mail_res_partner_rel (
    mail_mail_id   integer not null references mail_mail (id) on delete cascade,
    res_partner_id integer not null references res_partner (id) on delete cascade,
    primary key (mail_mail_id, res_partner_id)
);

-- mail.notification (_log_access = False: no create_date): one row per partner a message was sent to
create table mail_notification (
    id                  serial            primary key,
    author_id           integer           references res_partner (id) on delete set null,
    mail_message_id     integer           not null references mail_message (id) on delete cascade,
    mail_mail_id        integer           references mail_mail (id) on delete set null,
    res_partner_id      integer           references res_partner (id) on delete cascade,
    notification_type   character varying not null default 'inbox', -- inbox, email (sms, snail, push by add-ons)
    notification_status character varying default 'ready', -- ready, process, pending, sent, bounce, exception, canceled
    is_read             boolean,
    read_date           timestamp without time zone,
    failure_type        character varying,
    failure_reason      text
);
create index mail_notification_res_partner_id_is_read_notification_status_mail_message_id
    on mail_notification (res_partner_id, is_read, notification_status, mail_message_id);

-- mail.followers (_log_access = False)
create table mail_followers (
    id         serial            primary key,
    res_model  character varying not null,
    res_id     integer,
    partner_id integer           not null references res_partner (id) on delete cascade,
    constraint mail_followers_mail_followers_res_partner_res_model_id_uniq unique (res_model, res_id, partner_id)
);

-- Tracked field changes of a message: old and new values (a tracked name, e-mail or phone in the *_char values)
create table mail_tracking_value (
    id                  serial  primary key,
    field_id            integer,
    field_info          jsonb,
    old_value_integer   integer,
    old_value_float     double precision,
    old_value_char      character varying,
    old_value_text      text,
    old_value_datetime  timestamp without time zone,
    new_value_integer   integer,
    new_value_float     double precision,
    new_value_char      character varying,
    new_value_text      text,
    new_value_datetime  timestamp without time zone,
    mail_message_id     integer not null references mail_message (id) on delete cascade,
    create_date         timestamp without time zone default (now() at time zone 'utc')
);
create index mail_tracking_value_mail_message_id_index on mail_tracking_value (mail_message_id);

create table crm_lead (
    id               serial            primary key,
    name             character varying not null,
    type             character varying not null default 'lead', -- lead, opportunity
    active           boolean           default true,
    partner_id       integer           references res_partner (id) on delete set null,
    contact_name     character varying,
    partner_name     character varying,
    function         character varying,
    email_from       character varying,
    email_normalized character varying,
    phone            character varying,
    mobile           character varying,
    phone_sanitized  character varying,
    website          character varying,
    street           character varying,
    street2          character varying,
    zip              character varying,
    city             character varying,
    state_id         integer           references res_country_state (id) on delete set null,
    country_id       integer           references res_country (id) on delete set null,
    description      text,
    probability      double precision, -- computed and stored; action_set_won sets 100, action_set_lost 0 and inactive
    create_date      timestamp without time zone default (now() at time zone 'utc')
);
create index crm_lead_partner_id_index on crm_lead (partner_id);

create table sale_order (
    id                  serial            primary key,
    name                character varying not null default 'New',
    state               character varying default 'draft', -- draft, sent, sale, cancel
    locked              boolean           default false,
    date_order          timestamp without time zone not null default (now() at time zone 'utc'),
    partner_id          integer           not null references res_partner (id) on delete restrict,
    partner_invoice_id  integer           not null references res_partner (id) on delete restrict,
    partner_shipping_id integer           not null references res_partner (id) on delete restrict,
    client_order_ref    character varying,
    origin              character varying,
    note                text,
    opportunity_id      integer           references crm_lead (id) on delete set null,
    amount_total        numeric,
    create_date         timestamp without time zone default (now() at time zone 'utc')
);
create index sale_order_partner_id_index on sale_order (partner_id);

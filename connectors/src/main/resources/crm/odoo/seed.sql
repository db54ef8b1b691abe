-- Demo data in the Odoo 17.0 reference schema (schema.sql beside this file), with the stored computed values Odoo
-- would have written (complete_name, commercial_partner_id, email_normalized, phone_sanitized, posted_before …).
-- Jana Becker is the customer the tests look for: a delivery address as child contact, a mobile number, a portal
-- user, an IBAN, posted invoices (one with its PDF), a draft, a cancelled invoice that was posted, a posted journal
-- entry and receipt, an internal note and an e-mail change tracked in the chatter, an opportunity, a web-form lead
-- and a confirmed sale order. Partner 2 is a stranger with the same name; message 5 comes from Jana's address with
-- another case and a plus tag.
insert into res_country (id, name, code) values (1, '{"en_US": "Germany", "de_DE": "Deutschland"}', 'DE');
insert into res_country_state (id, country_id, name, code) values (1, 1, 'Nordrhein-Westfalen', 'NW');

insert into res_partner (id, name, complete_name, parent_id, type, email, email_normalized, phone, phone_sanitized,
        mobile, street, street2, zip, city, state_id, country_id, function, website, comment, vat, active,
        commercial_partner_id, create_date) values
    (1, 'Jana Becker', 'Jana Becker', null, 'contact', 'jana.becker@example.net', 'jana.becker@example.net',
        '0221 98765432', '+4922198765432', '0171 5550123', 'Hauptstraße 1', '3. OG', '50667', 'Köln', 1, 1,
        'Inhaberin', 'https://jana-becker.example.net', '<p>Bevorzugt Kontakt per E-Mail.</p>', null, true, 1,
        '2019-03-04 10:00:00'),
    (2, 'Jana Becker', 'Jana Becker', null, 'contact', 'j.becker@another.example', 'j.becker@another.example',
        '+49 89 1234567', '+49891234567', null, 'Leopoldstraße 9', null, '80802', 'München', null, 1, null, null, null,
        null, true, 2, '2021-05-05 09:30:00'),
    (3, 'Lukas Müller', 'Lukas Müller', null, 'contact', 'lukas.mueller@example.com', 'lukas.mueller@example.com',
        '0171 2345678', '+491712345678', null, 'Ringstraße 5', null, '53111', 'Bonn', 1, 1, null, null, null,
        'DE123456789', true, 3, '2020-01-15 14:00:00'),
    (4, 'Sara Yilmaz', 'Sara Yilmaz', null, 'contact', 'sara.yilmaz@example.org', 'sara.yilmaz@example.org', null,
        null, null, null, null, null, null, null, null, null, null, null, null, true, 4, '2023-11-01 08:00:00'),
    (5, null, 'Jana Becker, Delivery', 1, 'delivery', null, null, null, null, null, 'Lagerweg 3', null, '50996',
        'Köln', 1, 1, null, null, null, null, true, 1, '2023-04-11 15:20:00');
select setval(pg_get_serial_sequence('res_partner', 'id'), (select max(id) from res_partner));

insert into res_partner_category (id, name, color, active, parent_path) values (1, '{"en_US": "VIP"}', 3, true, '1/');
insert into res_partner_res_partner_category_rel (category_id, partner_id) values (1, 3);
select setval(pg_get_serial_sequence('res_partner_category', 'id'), (select max(id) from res_partner_category));

insert into res_users (id, login, partner_id, active, share, create_date) values
    (1, 'jana.becker@example.net', 1, true, true, '2019-03-04 10:05:00');
select setval(pg_get_serial_sequence('res_users', 'id'), (select max(id) from res_users));

insert into res_partner_bank (id, acc_number, sanitized_acc_number, acc_holder_name, partner_id, create_date) values
    (1, 'DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'Jana Becker', 1, '2019-03-04 10:00:00');
select setval(pg_get_serial_sequence('res_partner_bank', 'id'), (select max(id) from res_partner_bank));

insert into account_move (id, partner_id, commercial_partner_id, partner_shipping_id, move_type, name, date,
        invoice_date, amount_total, state, posted_before, invoice_partner_display_name, invoice_source_email) values
    (1, 1, 1, 5, 'out_invoice', 'INV/2019/0001', '2019-06-10', '2019-06-10', 119.00, 'posted', true, 'Jana Becker', null),
    (2, 1, 1, 1, 'out_invoice', 'INV/2024/0007', '2024-02-15', '2024-02-15', 59.50, 'posted', true, 'Jana Becker', null),
    (3, 1, 1, 1, 'out_invoice', 'INV/2024/0012', '2024-03-01', '2024-03-01', 23.80, 'draft', false, 'Jana Becker', null),
    (4, 3, 3, null, 'in_invoice', 'BILL/2023/0003', '2023-09-30', '2023-09-30', 450.00, 'posted', true, 'Lukas Müller',
        'lukas.mueller@example.com'),
    (5, 1, 1, 1, 'out_invoice', 'INV/2023/0031', '2023-05-02', '2023-05-02', 35.70, 'cancel', true, 'Jana Becker', null),
    (6, 1, 1, null, 'entry', 'MISC/2023/12/0001', '2023-12-31', null, 12.00, 'posted', true, 'Jana Becker', null),
    (7, 1, 1, null, 'out_receipt', 'RCPT/2022/0004', '2022-08-01', '2022-08-01', 9.90, 'posted', true, 'Jana Becker',
        null);
select setval(pg_get_serial_sequence('account_move', 'id'), (select max(id) from account_move));

insert into account_move_line (id, move_id, move_name, date, parent_state, partner_id, name, debit, credit, balance) values
    (1, 1, 'INV/2019/0001', '2019-06-10', 'posted', 1, 'Beratung', 0, 100.00, -100.00),
    (2, 1, 'INV/2019/0001', '2019-06-10', 'posted', 1, 'INV/2019/0001', 119.00, 0, 119.00),
    (3, 3, 'INV/2024/0012', '2024-03-01', 'draft', 1, 'Versand', 0, 20.00, -20.00);
select setval(pg_get_serial_sequence('account_move_line', 'id'), (select max(id) from account_move_line));

-- the invoice PDF Odoo attached when INV/2024/0007 was sent, and a business card on Jana's partner
insert into ir_attachment (id, name, res_model, res_id, type, store_fname, file_size, checksum, mimetype, create_date) values
    (1, 'INV_2024_0007.pdf', 'account.move', 2, 'binary', '5e/5e2b9c0d4a7f3e1b6c8d9a0f1e2d3c4b5a697887', 48213,
        '5e2b9c0d4a7f3e1b6c8d9a0f1e2d3c4b5a697887', 'application/pdf', '2024-02-15 16:00:00'),
    (2, 'Visitenkarte Jana Becker.jpg', 'res.partner', 1, 'binary', 'c1/c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0',
        90412, 'c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0', 'image/jpeg', '2019-03-04 10:02:00');
select setval(pg_get_serial_sequence('ir_attachment', 'id'), (select max(id) from ir_attachment));

insert into mail_message_subtype (id, name, internal, res_model, "default", sequence, hidden) values
    (1, '{"en_US": "Discussions"}', false, null, true, 0, false),
    (2, '{"en_US": "Note"}', true, null, false, 100, false),
    (3, '{"en_US": "Activities"}', true, null, false, 90, false);
select setval(pg_get_serial_sequence('mail_message_subtype', 'id'), (select max(id) from mail_message_subtype));

insert into mail_message (id, model, res_id, record_name, author_id, email_from, subject, body, date, message_type,
        subtype_id, is_internal) values
    (1, 'res.partner', 1, 'Jana Becker', 1, '"Jana Becker" <jana.becker@example.net>', 'Frage zur Lieferung',
        '<p>Wann kommt meine Bestellung?</p>', '2024-02-20 11:15:00', 'email', 1, false),
    (2, 'account.move', 2, 'INV/2024/0007', null, 'buchhaltung@thwien.example', 'Rechnung INV/2024/0007',
        '<p>Ihre Rechnung im Anhang.</p>', '2024-02-15 16:00:00', 'comment', 1, false),
    (3, 'res.partner', 3, 'Lukas Müller', 3, 'lukas.mueller@example.com', 'Angebot', '<p>Bitte um ein Angebot.</p>',
        '2023-09-01 09:00:00', 'email', 1, false),
    (4, 'res.partner', 2, 'Jana Becker', 2, 'j.becker@another.example', 'Newsletter', '<p>Bitte abmelden.</p>',
        '2022-01-10 12:00:00', 'email', 1, false),
    (5, null, null, null, null, 'JANA.Becker+shop@Example.net', 'Rückfrage', '<p>Noch eine Frage.</p>',
        '2024-04-02 08:45:00', 'email', null, false),
    (6, 'account.move', 2, 'INV/2024/0007', null, 'buchhaltung@thwien.example', null,
        '<p>Frau Becker zahlt immer spät, mobil 0171 5550123.</p>', '2024-02-21 11:00:00', 'comment', 2, false),
    (7, 'res.partner', 1, 'Jana Becker', null, 'vertrieb@thwien.example', null, '', '2023-01-05 09:00:00',
        'notification', null, false),
    (8, 'sale.order', 1, 'S00012', null, 'vertrieb@thwien.example', 'Auftragsbestätigung S00012',
        '<p>Vielen Dank für Ihre Bestellung.</p>', '2024-02-10 14:00:00', 'comment', 1, false);
select setval(pg_get_serial_sequence('mail_message', 'id'), (select max(id) from mail_message));

insert into mail_message_res_partner_rel (mail_message_id, res_partner_id) values (8, 1);
insert into message_attachment_rel (message_id, attachment_id) values (2, 1);

-- Jana's e-mail address before she changed it, tracked on her partner (message 7)
insert into mail_tracking_value (id, field_id, old_value_char, new_value_char, mail_message_id, create_date) values
    (1, null, 'jana.b@old-provider.example', 'jana.becker@example.net', 7, '2023-01-05 09:00:00');
select setval(pg_get_serial_sequence('mail_tracking_value', 'id'), (select max(id) from mail_tracking_value));

insert into mail_mail (id, mail_message_id, body_html, email_to, state, auto_delete, create_date) values
    (1, 8, '<p>Vielen Dank für Ihre Bestellung.</p>', 'jana.becker@example.net', 'sent', false, '2024-02-10 14:00:00');
select setval(pg_get_serial_sequence('mail_mail', 'id'), (select max(id) from mail_mail));
insert into mail_mail_res_partner_rel (mail_mail_id, res_partner_id) values (1, 1);

insert into mail_notification (id, author_id, mail_message_id, mail_mail_id, res_partner_id, notification_type,
        notification_status, is_read) values
    (1, null, 8, 1, 1, 'email', 'sent', true);
select setval(pg_get_serial_sequence('mail_notification', 'id'), (select max(id) from mail_notification));

insert into mail_followers (id, res_model, res_id, partner_id) values
    (1, 'res.partner', 1, 1), (2, 'account.move', 2, 1), (3, 'sale.order', 1, 1), (4, 'res.partner', 3, 3);
select setval(pg_get_serial_sequence('mail_followers', 'id'), (select max(id) from mail_followers));

-- the opportunity was won (sale order S00012 came of it); the web form's lead is still open
insert into crm_lead (id, name, type, partner_id, contact_name, email_from, email_normalized, phone, mobile,
        phone_sanitized, city, description, probability, create_date) values
    (1, 'Beratungspaket Becker', 'opportunity', 1, 'Jana Becker', 'jana.becker@example.net', 'jana.becker@example.net',
        '0221 98765432', '0171 5550123', '+4922198765432', 'Köln', '<p>Will im Frühjahr bestellen.</p>', 100,
        '2024-01-08 10:00:00'),
    (2, 'Anfrage über das Webformular', 'lead', null, 'Jana Becker', 'jana.becker@example.net',
        'jana.becker@example.net', null, null, null, null, '<p>Bitte um Rückruf.</p>', 10, '2023-10-02 18:30:00');
select setval(pg_get_serial_sequence('crm_lead', 'id'), (select max(id) from crm_lead));

insert into sale_order (id, name, state, date_order, partner_id, partner_invoice_id, partner_shipping_id,
        client_order_ref, note, opportunity_id, amount_total, create_date) values
    (1, 'S00012', 'sale', '2024-02-10 13:55:00', 1, 1, 5, 'Bestellung J. Becker', '<p>Lieferung an den Lagerweg.</p>', 1,
        59.50, '2024-02-10 13:50:00');
select setval(pg_get_serial_sequence('sale_order', 'id'), (select max(id) from sale_order));

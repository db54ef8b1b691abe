-- Demo data. Jana Becker is the customer the tests look for; partner 2 is a stranger with the same
-- name; message 5 comes from Jana's address with another case and a plus tag.
insert into res_partner (id, name, email, phone, street, zip, city, vat, active, create_date) values
    (1, 'Jana Becker', 'jana.becker@example.net', '0221 98765432', 'Hauptstraße 1', '50667', 'Köln', null, true, '2019-03-04 10:00:00'),
    (2, 'Jana Becker', 'j.becker@another.example', '+49 89 1234567', 'Leopoldstraße 9', '80802', 'München', null, true, '2021-05-05 09:30:00'),
    (3, 'Lukas Müller', 'lukas.mueller@example.com', '0171 2345678', 'Ringstraße 5', '53111', 'Bonn', 'DE123456789', true, '2020-01-15 14:00:00'),
    (4, 'Sara Yilmaz', 'sara.yilmaz@example.org', null, null, null, null, null, true, '2023-11-01 08:00:00');
select setval(pg_get_serial_sequence('res_partner', 'id'), (select max(id) from res_partner));

insert into account_move (id, partner_id, move_type, name, invoice_date, amount_total, state) values
    (1, 1, 'out_invoice', 'INV/2019/0001', '2019-06-10', 119.00, 'posted'),
    (2, 1, 'out_invoice', 'INV/2024/0007', '2024-02-15', 59.50, 'posted'),
    (3, 1, 'out_invoice', 'INV/2024/0012', '2024-03-01', 23.80, 'draft'),
    (4, 3, 'in_invoice', 'BILL/2023/0003', '2023-09-30', 450.00, 'posted');
select setval(pg_get_serial_sequence('account_move', 'id'), (select max(id) from account_move));

insert into mail_message (id, model, res_id, author_id, email_from, subject, body, date) values
    (1, 'res.partner', 1, 1, '"Jana Becker" <jana.becker@example.net>', 'Frage zur Lieferung', '<p>Wann kommt meine Bestellung?</p>', '2024-02-20 11:15:00'),
    (2, 'account.move', 2, null, 'buchhaltung@thwien.example', 'Rechnung INV/2024/0007', '<p>Ihre Rechnung im Anhang.</p>', '2024-02-15 16:00:00'),
    (3, 'res.partner', 3, 3, 'lukas.mueller@example.com', 'Angebot', '<p>Bitte um ein Angebot.</p>', '2023-09-01 09:00:00'),
    (4, 'res.partner', 2, 2, 'j.becker@another.example', 'Newsletter', '<p>Bitte abmelden.</p>', '2022-01-10 12:00:00'),
    (5, null, null, null, 'JANA.Becker+shop@Example.net', 'Rückfrage', '<p>Noch eine Frage.</p>', '2024-04-02 08:45:00');
select setval(pg_get_serial_sequence('mail_message', 'id'), (select max(id) from mail_message));

-- Demo data: Jana Becker (as in the CRM seed) has an account, a room with two recordings and access
-- to Lukas's room; another Jana Becker is a stranger. Record ids match the BBB simulator's seed
-- (GreenlightSeed.RECORDINGS in the tests).
insert into users (id, name, email, provider, language, created_at, last_login, verified) values
    ('00000000-0000-0000-0000-0000000000a1', 'Jana Becker', 'Jana.Becker@example.net', 'greenlight', 'de', '2023-01-10 09:00:00', '2024-02-01 18:00:00', true),
    ('00000000-0000-0000-0000-0000000000a2', 'Lukas Müller', 'lukas.mueller@example.com', 'greenlight', 'de', '2022-06-01 12:00:00', '2024-03-01 08:00:00', true),
    ('00000000-0000-0000-0000-0000000000a3', 'Jana Becker', 'jana.b@elsewhere.example', 'openid_connect', 'en', '2023-05-05 10:00:00', null, true);

insert into rooms (id, user_id, name, friendly_id, meeting_id, last_session, created_at) values
    ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000a1', 'Janas Raum', 'jan-abc-def-ghi', 'meeting-jana-1', '2024-01-20 10:00:00', '2023-01-10 09:05:00'),
    ('00000000-0000-0000-0000-0000000000b2', '00000000-0000-0000-0000-0000000000a2', 'Lukas Besprechung', 'luk-abc-def-ghi', 'meeting-lukas-1', '2024-02-10 14:00:00', '2022-06-01 12:05:00');

insert into recordings (id, room_id, name, record_id, visibility, length, participants, recorded_at, created_at) values
    ('00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-0000000000b1', 'Kundengespräch', 'rec-jana-0001', 'Published', 42, 3, '2024-01-20 10:00:00', '2024-01-20 11:00:00'),
    ('00000000-0000-0000-0000-0000000000c2', '00000000-0000-0000-0000-0000000000b1', 'Nachbesprechung', 'rec-jana-0002', 'Unpublished', 12, 2, '2024-01-22 15:00:00', '2024-01-22 16:00:00'),
    ('00000000-0000-0000-0000-0000000000c3', '00000000-0000-0000-0000-0000000000b2', 'Team', 'rec-lukas-0001', 'Published', 30, 5, '2024-02-10 14:00:00', '2024-02-10 15:00:00');

insert into shared_accesses (id, user_id, room_id, created_at) values
    ('00000000-0000-0000-0000-0000000000d1', '00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-0000000000b2', '2024-02-01 09:00:00');

insert into invitations (id, email, name, token, created_at) values
    ('00000000-0000-0000-0000-0000000000e1', 'sara.yilmaz@example.org', 'Sara Yilmaz', 'invite-token-1', '2024-03-03 10:00:00');

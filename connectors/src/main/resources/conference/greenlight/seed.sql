-- Demo data in the Greenlight 3.8.1 reference schema (schema.sql beside this file): Jana Becker (as in the CRM
-- seed) has an account with an avatar, a room with a presentation, meeting options, two recordings (with their
-- playback formats) and access to Lukas's room; Lukas has access to her room; another Jana Becker is a
-- stranger. Record ids match the BBB simulator's seed (GreenlightSeed.RECORDINGS in the tests).
insert into roles (id, name, color, provider, created_at, updated_at) values
    ('00000000-0000-0000-0000-000000000091', 'User', '#4a931d', 'greenlight', '2022-01-01 00:00:00', '2022-01-01 00:00:00');

insert into users (id, name, email, external_id, provider, last_login, created_at, updated_at, role_id, language,
                   verified, status) values
    ('00000000-0000-0000-0000-0000000000a1', 'Jana Becker', 'Jana.Becker@example.net', null, 'greenlight',
     '2024-02-01 18:00:00', '2023-01-10 09:00:00', '2024-02-01 18:00:00', '00000000-0000-0000-0000-000000000091', 'de', true, 0),
    ('00000000-0000-0000-0000-0000000000a2', 'Lukas Müller', 'lukas.mueller@example.com', null, 'greenlight',
     '2024-03-01 08:00:00', '2022-06-01 12:00:00', '2024-03-01 08:00:00', '00000000-0000-0000-0000-000000000091', 'de', true, 0),
    ('00000000-0000-0000-0000-0000000000a3', 'Jana Becker', 'jana.b@elsewhere.example', 'oidc-7f3a', 'greenlight',
     null, '2023-05-05 10:00:00', '2023-05-05 10:00:00', '00000000-0000-0000-0000-000000000091', 'en', true, 1);

insert into meeting_options (id, name, default_value, created_at, updated_at) values
    ('00000000-0000-0000-0000-000000000081', 'record', 'false', '2022-01-01 00:00:00', '2022-01-01 00:00:00'),
    ('00000000-0000-0000-0000-000000000082', 'glAnyoneCanStart', 'false', '2022-01-01 00:00:00', '2022-01-01 00:00:00');

insert into rooms (id, user_id, name, friendly_id, meeting_id, last_session, created_at, updated_at) values
    ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000a1', 'Janas Raum', 'jan-abc-def-ghi',
     'meeting-jana-1', '2024-01-20 10:00:00', '2023-01-10 09:05:00', '2024-01-20 10:00:00'),
    ('00000000-0000-0000-0000-0000000000b2', '00000000-0000-0000-0000-0000000000a2', 'Lukas Besprechung',
     'luk-abc-def-ghi', 'meeting-lukas-1', '2024-02-10 14:00:00', '2022-06-01 12:05:00', '2024-02-10 14:00:00');

insert into room_meeting_options (room_id, meeting_option_id, value, created_at, updated_at) values
    ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-000000000081', 'true', '2023-01-10 09:05:00', '2023-01-10 09:05:00'),
    ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-000000000082', 'false', '2023-01-10 09:05:00', '2023-01-10 09:05:00'),
    ('00000000-0000-0000-0000-0000000000b2', '00000000-0000-0000-0000-000000000081', 'true', '2022-06-01 12:05:00', '2022-06-01 12:05:00');

insert into recordings (id, room_id, name, record_id, created_at, updated_at, visibility, length, participants,
                        protectable, recorded_at) values
    ('00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-0000000000b1', 'Kundengespräch', 'rec-jana-0001',
     '2024-01-20 11:00:00', '2024-01-20 11:00:00', 'Published', 42, 3, false, '2024-01-20 10:00:00'),
    ('00000000-0000-0000-0000-0000000000c2', '00000000-0000-0000-0000-0000000000b1', 'Nachbesprechung', 'rec-jana-0002',
     '2024-01-22 16:00:00', '2024-01-22 16:00:00', 'Unpublished', 12, 2, false, '2024-01-22 15:00:00'),
    ('00000000-0000-0000-0000-0000000000c3', '00000000-0000-0000-0000-0000000000b2', 'Team', 'rec-lukas-0001',
     '2024-02-10 15:00:00', '2024-02-10 15:00:00', 'Published', 30, 5, false, '2024-02-10 14:00:00');

insert into formats (recording_id, recording_type, url, created_at, updated_at) values
    ('00000000-0000-0000-0000-0000000000c1', 'presentation', 'https://bbb.example/playback/presentation/2.3/rec-jana-0001',
     '2024-01-20 11:00:00', '2024-01-20 11:00:00'),
    ('00000000-0000-0000-0000-0000000000c1', 'video', 'https://bbb.example/playback/video/rec-jana-0001/',
     '2024-01-20 11:00:00', '2024-01-20 11:00:00'),
    ('00000000-0000-0000-0000-0000000000c2', 'presentation', 'https://bbb.example/playback/presentation/2.3/rec-jana-0002',
     '2024-01-22 16:00:00', '2024-01-22 16:00:00'),
    ('00000000-0000-0000-0000-0000000000c3', 'presentation', 'https://bbb.example/playback/presentation/2.3/rec-lukas-0001',
     '2024-02-10 15:00:00', '2024-02-10 15:00:00');

insert into shared_accesses (id, user_id, room_id, created_at, updated_at) values
    ('00000000-0000-0000-0000-0000000000d1', '00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-0000000000b2',
     '2024-02-01 09:00:00', '2024-02-01 09:00:00'),
    ('00000000-0000-0000-0000-0000000000d2', '00000000-0000-0000-0000-0000000000a2', '00000000-0000-0000-0000-0000000000b1',
     '2024-01-15 09:00:00', '2024-01-15 09:00:00');

insert into active_storage_blobs (id, key, filename, content_type, metadata, service_name, byte_size, checksum,
                                  created_at) values
    ('00000000-0000-0000-0000-0000000000f1', 'q8n2avatarjana0000000000000', 'jana-becker.jpg', 'image/jpeg',
     '{"identified":true,"analyzed":true}', 'local', 48213, 'bXlhdmF0YXJjaGVja3N1bQ==', '2023-01-11 08:00:00'),
    ('00000000-0000-0000-0000-0000000000f2', 'x7k4presentationjana0000000', 'Angebot Becker.pdf', 'application/pdf',
     '{"identified":true,"analyzed":true}', 'local', 210533, 'cHJlc2VudGF0aW9uY2hlY2s=', '2024-01-19 17:00:00');

insert into active_storage_attachments (id, name, record_type, record_id, blob_id, created_at) values
    ('00000000-0000-0000-0000-0000000000e1', 'avatar', 'User', '00000000-0000-0000-0000-0000000000a1',
     '00000000-0000-0000-0000-0000000000f1', '2023-01-11 08:00:00'),
    ('00000000-0000-0000-0000-0000000000e2', 'presentation', 'Room', '00000000-0000-0000-0000-0000000000b1',
     '00000000-0000-0000-0000-0000000000f2', '2024-01-19 17:00:00');

insert into invitations (email, provider, token, created_at, updated_at, name) values
    ('sara.yilmaz@example.org', 'greenlight', 'invite-token-1', '2024-03-03 10:00:00', '2024-03-03 10:00:00', 'Sara Yilmaz');

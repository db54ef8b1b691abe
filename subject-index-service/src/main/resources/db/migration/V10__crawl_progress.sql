-- A running crawl's progress, written while it runs (every few seconds or records, and at each new folder or
-- table), so the dashboard shows "running: 1,240 records, folder INBOX/2024" instead of the previous crawl's count.
-- Reset when a crawl starts; read only while the store's crawl lock is held.
alter table crawl_state add column running_records bigint not null default 0;
alter table crawl_state add column running_place text;
alter table crawl_state add column running_progress_at timestamptz;

-- When the last successful crawl of a store started: a case's locate answers from the index only once a crawl that
-- started after the case's verification has succeeded (CatchUpCrawls). Empty until the next successful crawl.
alter table crawl_state add column last_success_started_at timestamptz;

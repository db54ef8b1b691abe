-- Which crawl last saw an entry's record: a full crawl drops the entries of its store it did not see (records gone
-- from the store). Null: written before this column, or outside a crawl; such an entry is dropped by the next full
-- crawl unless the crawl sees its record.
alter table index_entry add column crawled_at timestamptz;

-- Set when a store's index may hold records at a place they have left (a mail moved to the restricted folder by an
-- erasure): that store's next crawl is a full one. Cleared by a full crawl that started after it was set.
alter table crawl_state add column full_crawl_due_since timestamptz;

-- One mail, one index entry: a mail the erasure service moved into the restricted folder was indexed under the
-- reference it reported (with ";ORIGIN=<folder it came from>") and again under the reference the crawl of the restricted
-- folder gives it (without ORIGIN), so notices listed it twice. The index now keeps the crawl's form only
-- (StoreReader.indexedReference); existing entries of the reported form are folded into it here.
insert into index_entry (store, reference, kind, key, crawled_at)
    select store, regexp_replace(reference, ';ORIGIN=[^;/]*', ''), kind, key, crawled_at
    from index_entry
    where reference like 'imap://%;ORIGIN=%'
    on conflict do nothing;
delete from index_entry where reference like 'imap://%;ORIGIN=%';

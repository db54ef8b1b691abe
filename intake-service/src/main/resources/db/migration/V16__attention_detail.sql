-- What an attention is about, where the badge alone does not say it: for STORES_NOT_SEARCHED the ids of the stores
-- subject-index could not search (no personal data).
alter table case_attention add column detail text;

-- The stores the first locate of a case could not search (store ids, comma-separated; no personal data): when a
-- retry has searched them, the access answer's follow-up names them. Null in rows written before this column.
alter table locate_retry add column stores_unavailable text;

-- Art. 15(4) GDPR: a mail of the access copy that also holds other people's data (their addresses, or their names in
-- its headers) waits for the assistant in the same review as a name match: concern THIRD_PARTY_DATA, decided REDACT
-- (the copy shows it blacked out, without its .eml) or INCLUDE. Every earlier row is a name match.
alter table name_match add column concern text not null default 'NAME_MATCH';
alter table name_match drop constraint name_match_case_id_store_reference_key;
alter table name_match add constraint name_match_case_concern_store_reference_key
    unique (case_id, concern, store, reference);

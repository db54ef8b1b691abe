-- A timeline entry's facts as named parameters (JSON object of codes, counts, dates, store ids; no personal data
-- beyond what detail already holds), worded by the dashboard in the page's language. Entries written before have
-- none: the dashboard shows their detail text as it is.
alter table case_timeline_entry add column params text;

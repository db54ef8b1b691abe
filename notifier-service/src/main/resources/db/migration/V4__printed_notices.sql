-- A request the assistant registered without an address (a letter, a call) has no address to mail to: its case
-- contact has no email, and its notices are recorded without a recipient with status PRINT, for the assistant to
-- print and post. They are never claimed for sending.
alter table case_contact alter column email drop not null;
alter table notice_delivery alter column recipient drop not null;

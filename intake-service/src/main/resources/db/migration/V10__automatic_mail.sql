-- Automatic mail (out-of-office replies, bounces, mailing lists; RFC 3834) opens no case: it is moved to its own
-- folder and listed beside the mails of the error folder, told apart by kind (ERROR or AUTOMATIC_MAIL). An
-- automatic mail is listed under the IMAP server's name for it in the inbox (folder, UIDVALIDITY, UID), so that a
-- poll after a crash between listing and moving finds its listing instead of adding a second one.
alter table mail_intake_failure add column kind text not null default 'ERROR', add column mailbox_ref text;
create unique index mail_intake_failure_mailbox_ref on mail_intake_failure (mailbox_ref) where mailbox_ref is not null;

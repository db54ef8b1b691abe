package de.thwien.dsr.subjectindex.contacts;

/**
 * A sender the crawl has not seen before.
 *
 * @param emailKey  the normalised address
 * @param language  the language the mail is written in ("de", "en"), null when not known
 * @param automatic whether a machine sent the mail (mailing list, bulk, auto-reply, bounce)
 */
public record NewSender(String emailKey, String language, boolean automatic) {
}

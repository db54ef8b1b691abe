package de.thwien.dsr.intake.links;

/**
 * A link that a notice mails to the requester opens its page in the notice's language, also on a device without our
 * language cookie: an English request's links carry {@code ?lang=en} (the parameter the pages honour,
 * {@code PageLanguage.PARAMETER}). German is the pages' default and needs none.
 */
public final class MailLinks {

    private MailLinks() {
    }

    /** {@code url} (without a query) for a requester writing in {@code language} ("de" or "en"). */
    public static String inLanguage(String url, String language) {
        return "en".equals(language) ? url + "?lang=en" : url;
    }
}

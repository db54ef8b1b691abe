package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.platform.text.MessageFile;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A located record's title in the page's language, worded from what its reference says: the table of a CRM or
 * conference record ({@code recordTitle.<store>.<table>}, with the row's number where the table counts its rows) or
 * the folder of a mail ({@code recordTitle.mail}); {@code recordTitle} for any other. The connector's summary is a
 * technical line in English and never the title.
 */
final class RecordTitle {

    /** {@code imap://<account>/<folder>;UIDVALIDITY=…}: the folder as the mail reader names it, URL-encoded. */
    private static final Pattern MAIL = Pattern.compile("imap://[^/]+/([^;]+);.*");
    /** {@code <table>/<row key>[?state kept by a restriction]}. */
    private static final Pattern ROW = Pattern.compile("(\\w+)/([^?]+).*");

    private RecordTitle() {
    }

    static String of(String store, String reference, MessageFile texts) {
        String ref = reference == null ? "" : reference;
        Matcher mail = MAIL.matcher(ref);
        if ("mail".equals(store) && mail.matches()) {
            return texts.text("recordTitle.mail",
                    Map.of("folder", URLDecoder.decode(mail.group(1), StandardCharsets.UTF_8)));
        }
        Matcher row = ROW.matcher(ref);
        if (row.matches() && texts.has("recordTitle." + store + "." + row.group(1))) {
            return texts.text("recordTitle." + store + "." + row.group(1), Map.of("number", row.group(2)));
        }
        return texts.text("recordTitle");
    }
}

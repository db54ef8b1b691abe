package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.CaseEvents.RejectionReason;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Words and date formats of the two notice languages; German unless the request was in English. */
public enum NoticeLanguage {
    DE(Locale.GERMAN, "d. MMMM yyyy"),
    EN(Locale.ENGLISH, "d MMMM yyyy");

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Locale locale;
    private final DateTimeFormatter dateFormat;

    NoticeLanguage(Locale locale, String datePattern) {
        this.locale = locale;
        this.dateFormat = DateTimeFormatter.ofPattern(datePattern, locale);
    }

    public static NoticeLanguage of(String code) {
        return "en".equalsIgnoreCase(code) ? EN : DE;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The German or the English of two texts. */
    public String pick(String german, String english) {
        return this == DE ? german : english;
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    /** A moment as the requester in Germany reads it, e.g. "12. März 2026, 14:30 Uhr". */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(BERLIN);
        return date(local.toLocalDate()) + ", "
                + DateTimeFormatter.ofPattern(this == DE ? "HH:mm 'Uhr'" : "HH:mm", locale).format(local)
                + (this == DE ? "" : " (German time)");
    }

    /** Plain-language name of one of our stores; unknown ones are shown as they are. */
    public String store(String store) {
        return StoreId.find(store).map(known -> known.displayName(locale)).orElse(store);
    }

    /** Plain-language name of a retention category (LEGAL.md §3); unknown ones are shown as they are. */
    public String retentionCategory(String category) {
        return RetentionCategory.find(category).map(known -> known.displayName(locale)).orElse(category);
    }

    public String rejectionReason(RejectionReason reason) {
        return switch (reason) {
            case MANIFESTLY_UNFOUNDED -> pick("Die Anfrage ist offenkundig unbegründet (Art. 12 Abs. 5 DSGVO).",
                    "The request is manifestly unfounded (Art. 12(5) GDPR).");
            case EXCESSIVE -> pick(
                    "Die Anfrage ist exzessiv, insbesondere wegen häufiger Wiederholung (Art. 12 Abs. 5 DSGVO).",
                    "The request is excessive, in particular because of its repetitive character (Art. 12(5) GDPR).");
            case IDENTITY_NOT_CONFIRMED -> pick("Wir konnten nicht bestätigen, dass die Anfrage von Ihnen als"
                            + " betroffener Person stammt (Art. 11 Abs. 2, Art. 12 Abs. 2 und 6 DSGVO).",
                    "We could not confirm that the request comes from you as the data subject"
                            + " (Art. 11(2), Art. 12(2) and (6) GDPR).");
            case OTHER -> pick("Wir werden aus dem folgenden Grund nicht tätig (Art. 12 Abs. 4 DSGVO).",
                    "We will not act on the request for the following reason (Art. 12(4) GDPR).");
        };
    }

    /**
     * The request as the requester's own, as the object of a sentence ("wir haben … erhalten", "we received …"):
     * an "Antrag" where the GDPR speaks of one, a withdrawal of consent as the declaration it is, an unclassified
     * message without claiming a right it may not invoke.
     */
    public String yourRequest(RequestType type) {
        return switch (type) {
            case ACCESS -> pick("Ihren Antrag auf Auskunft (Art. 15 DSGVO)", "your request for access (Art. 15 GDPR)");
            case ERASURE -> pick("Ihren Antrag auf Löschung (Art. 17 DSGVO)", "your request for erasure (Art. 17 GDPR)");
            case CONSENT_WITHDRAWAL -> pick("Ihren Widerruf Ihrer Einwilligung (Art. 7 Abs. 3 DSGVO)",
                    "your withdrawal of consent (Art. 7(3) GDPR)");
            case RECTIFICATION -> pick("Ihren Antrag auf Berichtigung (Art. 16 DSGVO)",
                    "your request for rectification (Art. 16 GDPR)");
            case RESTRICTION -> pick("Ihren Antrag auf Einschränkung der Verarbeitung (Art. 18 DSGVO)",
                    "your request for restriction of processing (Art. 18 GDPR)");
            case UNCLASSIFIED -> pick("Ihr Schreiben zum Datenschutz", "your message about data protection");
        };
    }

    /** The kind of a request as a label, e.g. in the assistant's digest. */
    public String requestType(RequestType type) {
        return switch (type) {
            case ACCESS -> this == DE ? "Auskunft (Art. 15 DSGVO)" : "access (Art. 15 GDPR)";
            case ERASURE -> this == DE ? "Löschung (Art. 17 DSGVO)" : "erasure (Art. 17 GDPR)";
            case CONSENT_WITHDRAWAL -> this == DE ? "Widerruf einer Einwilligung (Art. 7 Abs. 3 DSGVO)"
                    : "withdrawal of consent (Art. 7(3) GDPR)";
            case RECTIFICATION -> this == DE ? "Berichtigung (Art. 16 DSGVO)" : "rectification (Art. 16 GDPR)";
            case RESTRICTION -> this == DE ? "Einschränkung der Verarbeitung (Art. 18 DSGVO)"
                    : "restriction of processing (Art. 18 GDPR)";
            case UNCLASSIFIED -> this == DE ? "Datenschutzanfrage" : "data protection request";
        };
    }
}

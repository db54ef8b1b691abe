package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.RequestType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Words and date formats of the two notice languages; German unless the request was in English. */
public enum NoticeLanguage {
    DE(Locale.GERMAN, "d. MMMM yyyy"),
    EN(Locale.ENGLISH, "d MMMM yyyy");

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

    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

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

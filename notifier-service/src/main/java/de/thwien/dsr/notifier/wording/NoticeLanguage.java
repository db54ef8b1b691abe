package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.CaseEvents.RejectionReason;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.events.StoreName;
import de.thwien.dsr.platform.text.MessageFile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two notice languages, German unless the request was in English. Their words and date formats live in
 * {@code messages/notices.properties} (German) and {@code messages/notices_en.properties}, one file per language
 * for the lawyer who reviews them.
 */
public enum NoticeLanguage {
    DE(Locale.GERMAN),
    EN(Locale.ENGLISH);

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final Locale locale;
    private final MessageFile words;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;

    NoticeLanguage(Locale locale) {
        this.locale = locale;
        this.words = MessageFile.load("notices", locale.getLanguage());
        this.dateFormat = DateTimeFormatter.ofPattern(words.text("format.date"), locale);
        this.timeFormat = DateTimeFormatter.ofPattern(words.text("format.time"), locale);
    }

    public static NoticeLanguage of(String code) {
        return "en".equalsIgnoreCase(code) ? EN : DE;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The words of {@code key} in this language's message file. */
    public String text(String key) {
        return words.text(key);
    }

    /** The words of {@code key} with each {@code {name}} filled in. */
    public String text(String key, Map<String, String> values) {
        return words.text(key, values);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    /** The calendar day in Germany of {@code instant}; null for none. */
    public LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(BERLIN).toLocalDate();
    }

    /** A moment as the requester in Germany reads it, e.g. "12. März 2026, 14:30 Uhr". */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(BERLIN);
        return text("format.dateTime", Map.of("date", date(local.toLocalDate()), "time", timeFormat.format(local)));
    }

    /** Plain-language name of one of our stores; one no contract names is "another system", never its id. */
    public String store(String store) {
        return store(store, List.of());
    }

    /**
     * Plain-language name of a store: the contract's for the stores it knows ({@link StoreId}), else the name its type
     * declared as the event carries it ({@code names}), else "another system": a notice never shows a store's id.
     */
    public String store(String store, List<StoreName> names) {
        return declaredName(store, names).orElseGet(() -> text("store.other"));
    }

    /** The store's name as the contract or its declaring type words it; empty for a store nobody named. */
    public Optional<String> declaredName(String store, List<StoreName> names) {
        return StoreId.find(store).map(known -> known.displayName(locale)).or(() -> names.stream()
                .filter(name -> name.store().equals(store)).findFirst().map(name -> name.in(locale))
                .filter(name -> !name.isBlank()));
    }

    /** Plain-language name of a retention category (LEGAL.md §3); unknown ones are shown as they are. */
    public String retentionCategory(String category) {
        return RetentionCategory.find(category).map(known -> known.displayName(locale)).orElse(category);
    }

    public String rejectionReason(RejectionReason reason) {
        return text("rejection." + reason.name());
    }

    /**
     * The request as the requester's own, as the object of a sentence ("wir haben … erhalten", "we received …"):
     * an "Antrag" where the GDPR speaks of one, a withdrawal of consent as the declaration it is, an unclassified
     * message without claiming a right it may not invoke.
     */
    public String yourRequest(RequestType type) {
        return text("yourRequest." + type.name());
    }

    /** The request as a subject line names it ("Ihr Auskunftsantrag"), as the subject of a sentence. */
    public String requestSubject(RequestType type) {
        return text("requestSubject." + type.name());
    }

    /** {@link #requestSubject} as the object of "confirm" ("Bitte bestätigen Sie Ihren Auskunftsantrag"). */
    public String requestSubjectAccusative(RequestType type) {
        return text("requestSubjectAccusative." + type.name());
    }

    /** The pronoun that refers back to {@link #yourRequest} (its noun's gender in German: ihn, sie, es). */
    public String yourRequestPronoun(RequestType type) {
        return text("yourRequestPronoun." + type.name());
    }

    /** The request as the requester's own in the genitive ("Den Stand Ihres Antrags", "the status of your request"). */
    public String yourRequestGenitive(RequestType type) {
        return text("yourRequestGenitive." + type.name());
    }

    /** The kind of a request as a label, e.g. in the assistant's digest. */
    public String requestType(RequestType type) {
        return text("requestType." + type.name());
    }
}

package de.thwien.dsr.subjectindex.access.archive;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored value as the index page and the CSV tables of the copy show it: a known value of a list in words
 * ({@code value.<field>.<value>}), HTML as plain text (tags dropped, entities decoded; the page escapes it, so it is
 * never run), an ISO date or time in the page's language and Europe/Berlin with its zone named (a time without zone
 * is UTC, as Odoo stores it). Technical fields (keys and links between tables, our internal numbers of customer
 * accounts and addresses, the conference server's ids of rooms, meetings and recordings) are no personal information
 * for a reader: the page leaves them out; the CSV files head them as our internal numbers, and package.json holds
 * every value as stored.
 */
public final class FieldValues {

    static final Set<String> TECHNICAL = Set.of("id", "model", "res_id", "author_id", "active", "partner_id",
            "commercial_partner_id", "partner_shipping_id", "partner_invoice_id", "res_partner_id",
            "room_id", "user_id", "message_type", "is_internal", "friendly_id", "meeting_id", "record_id",
            "greenlight");
    /** Amounts in euros (the stores keep no other currency). */
    private static final Set<String> MONEY = Set.of("amount_total", "amount_untaxed", "amount_tax");
    /** Times in milliseconds since 1970 (BigBlueButton's). */
    private static final Set<String> MILLIS = Set.of("bbbStartTime", "bbbEndTime");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}([-_][A-Za-z]{2})?");

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** A time with its zone named (MEZ/MESZ, CET/CEST): a reader never wonders whether it is UTC. */
    private static final String TIME_DE = "d. MMMM yyyy, HH:mm 'Uhr' z";
    private static final String TIME_EN = "d MMMM yyyy, HH:mm z";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?"
            + "(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern HTML = Pattern.compile("(?i)</?(p|br|div|span|b|i|u|strong|em|ul|ol|li|a|table"
            + "|tr|td|blockquote|h[1-6])\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<(br|/p|/div|/li|/tr)\\b[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("auml", "ä"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"), Map.entry("Auml", "Ä"),
            Map.entry("Ouml", "Ö"), Map.entry("Uuml", "Ü"), Map.entry("szlig", "ß"), Map.entry("euro", "€"));

    private FieldValues() {
    }

    public static boolean shown(String field, String value) {
        return !TECHNICAL.contains(field) && value != null && !value.isBlank();
    }

    /**
     * The value in words: a known value of the field ({@code value.<field>.<value>}), a flag as yes/no
     * ({@code value.true}/{@code value.false}), an amount as money, a language code by its name, a time in words;
     * other text as it is.
     */
    public static String readable(Map<String, String> t, Locale locale, String field, String value) {
        String word = t.getOrDefault("value." + field + "." + value, t.get("value." + value));
        if (word != null) {
            return word;
        }
        String trimmed = value.strip();
        if (MONEY.contains(field) && NUMBER.matcher(trimmed).matches()) {
            NumberFormat euros = NumberFormat.getCurrencyInstance(locale.getLanguage().equals("de")
                    ? Locale.GERMANY : Locale.forLanguageTag("en-IE"));
            euros.setCurrency(Currency.getInstance("EUR"));
            return euros.format(new BigDecimal(trimmed)).replace('\u00A0', ' ');
        }
        if (MILLIS.contains(field) && trimmed.matches("\\d{10,15}")) {
            return Instant.ofEpochMilli(Long.parseLong(trimmed)).atZone(ZONE).format(DateTimeFormatter.ofPattern(
                    Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? TIME_DE : TIME_EN, locale));
        }
        if ("language".equals(field) && LANGUAGE.matcher(trimmed).matches()) {
            String name = Locale.forLanguageTag(trimmed.replace('_', '-')).getDisplayLanguage(locale);
            if (!name.isBlank() && !name.equalsIgnoreCase(trimmed)) {
                return name;
            }
        }
        String time = dateTime(value, locale);
        return time != null ? time : plainText(value);
    }

    /** An ISO date or time in words ("5. März 2017, 10:30 Uhr"), or {@code null} when the value is none. */
    public static String dateTime(String value, Locale locale) {
        String trimmed = value == null ? "" : value.strip();
        boolean german = Locale.GERMAN.getLanguage().equals(locale.getLanguage());
        try {
            if (DATE.matcher(trimmed).matches()) {
                return LocalDate.parse(trimmed).format(DateTimeFormatter.ofPattern(
                        german ? "d. MMMM yyyy" : "d MMMM yyyy", locale));
            }
            if (TIME.matcher(trimmed).matches()) {
                return at(trimmed.replace(' ', 'T')).format(DateTimeFormatter.ofPattern(
                        german ? TIME_DE : TIME_EN, locale));
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static ZonedDateTime at(String iso) {
        if (iso.endsWith("Z")) {
            return Instant.parse(iso).atZone(ZONE);
        }
        if (iso.length() > 16 && (iso.lastIndexOf('+') > 10 || iso.lastIndexOf('-') > 10)) {
            return OffsetDateTime.parse(iso).atZoneSameInstant(ZONE);
        }
        return LocalDateTime.parse(iso).atZone(ZoneOffset.UTC).withZoneSameInstant(ZONE);
    }

    /** HTML as the text it shows: line breaks kept, tags dropped, entities decoded; other text as it is. */
    public static String plainText(String value) {
        if (!HTML.matcher(value).find()) {
            return value;
        }
        String text = TAG.matcher(BREAK.matcher(value).replaceAll("\n")).replaceAll("");
        Matcher entities = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entities.find()) {
            entities.appendReplacement(decoded, Matcher.quoteReplacement(entity(entities.group(1), entities.group())));
        }
        entities.appendTail(decoded);
        return decoded.toString().strip();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}

package de.thwien.dsr.subjectindex.access.archive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rows of one kind of record (a CRM's partners, its invoices) as a CSV file a spreadsheet opens: UTF-8 with a
 * byte order mark, every value quoted (RFC 4180), a semicolon between values in German (what German spreadsheets
 * expect), a comma in English. A value a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, as the copy's intro says; a phone number ("+49 211 5550202") does not: it holds
 * only digits, spaces and the signs of a written number, nothing a spreadsheet could call, and stays as stored. A heading
 * is the column's words with its stored name ("E-Mail-Adresse (email_from)"): readable, and still the name a
 * program importing the file (Art. 20) finds. The values are written as given: the access copy's in words
 * ({@link FieldValues}), the Art. 20 export's as stored.
 */
final class CsvTable {

    /** A phone number as people write it: a leading + or digit, then digits, spaces, / ( ) . - only. */
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9][0-9 /().-]{3,}[0-9]");

    private final String file;
    private final char separator;
    private final Map<String, String> texts;
    private final Set<String> columns = new LinkedHashSet<>();
    private final List<Map<String, String>> rows = new ArrayList<>();

    CsvTable(String file, String language) {
        this.file = file;
        this.separator = "en".equals(language) ? ',' : ';';
        this.texts = PackageTexts.of(language);
    }

    String file() {
        return file;
    }

    void add(Map<String, String> row) {
        columns.addAll(row.keySet());
        rows.add(row);
    }

    byte[] bytes() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, columns.stream().map(column -> PackageTexts.columnHeading(texts, column)).toList());
        for (Map<String, String> row : rows) {
            line(csv, columns.stream().map(column -> row.getOrDefault(column, "")).toList());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void line(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            csv.append('"').append(defused(values.get(i)).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    static String defused(String value) {
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        return formula && !PHONE_NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}

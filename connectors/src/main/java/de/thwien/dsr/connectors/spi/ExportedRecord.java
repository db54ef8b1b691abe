package de.thwien.dsr.connectors.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A copy of one record for an Art. 15 access package.
 *
 * @param kind     what the record is, e.g. {@code res_partner}, {@code message}, {@code recording}
 * @param fields   field name to value (strings, numbers, dates as ISO text); insertion order kept
 * @param original the record exactly as the store keeps it, where it has such a form (a mail's RFC 822 source,
 *                 attachments inside); {@code null} for a row of fields
 */
public record ExportedRecord(String store, String reference, String kind, Map<String, Object> fields,
        byte[] original) {

    public ExportedRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A record that is only its fields (a table row). */
    public ExportedRecord(String store, String reference, String kind, Map<String, Object> fields) {
        this(store, reference, kind, fields, null);
    }
}

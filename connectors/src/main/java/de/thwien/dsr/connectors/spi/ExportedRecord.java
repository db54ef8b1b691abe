package de.thwien.dsr.connectors.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A copy of one record for an Art. 15 access package.
 *
 * @param kind   what the record is, e.g. {@code res_partner}, {@code message}, {@code recording}
 * @param fields field name to value (strings, numbers, dates as ISO text); insertion order kept
 */
public record ExportedRecord(String store, String reference, String kind, Map<String, Object> fields) {

    public ExportedRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}

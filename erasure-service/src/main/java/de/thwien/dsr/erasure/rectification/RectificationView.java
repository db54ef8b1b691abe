package de.thwien.dsr.erasure.rectification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A rectification plan as the dashboard shows it: per located record the fields the store lets the assistant correct,
 * with their current values read from the store just now ({@code fields} empty and {@code rectifiable} false where it
 * cannot change the record; {@code storeError} when the store did not answer for a record still to be decided), and
 * what was decided and done.
 */
public record RectificationView(UUID caseId, String language, String status, List<Item> items) {

    public record Item(long id, String store, String reference, String summary, boolean rectifiable,
            Map<String, String> fields, String storeError, String decision, Map<String, String> corrected,
            String text, String decidedBy, Instant decidedAt, String execution, String proof, String lastError) {
    }
}

package de.thwien.dsr.erasure.retention.rules;

import de.thwien.dsr.events.Finding.Part;
import de.thwien.dsr.events.Finding.PartKind;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the deletion concept says about each part of one record (LEGAL.md §3: a mail about a transaction is a
 * business letter carrying an invoice, a voucher). Each part is kept only as long as its own hold: the record is held
 * until its last part's hold ends, and a part whose hold ends earlier is erased first.
 */
public record PartHolds(Map<PartKind, RetentionDecision> decisions) {

    public PartHolds {
        // in the order of PartKind, so that the part erased first is always the same
        Map<PartKind, RetentionDecision> ordered = new EnumMap<>(PartKind.class);
        ordered.putAll(decisions);
        decisions = Collections.unmodifiableMap(ordered);
    }

    /** @throws UnknownRetentionCategoryException when a part's category has no rule */
    public static PartHolds evaluate(RetentionPolicy policy, List<Part> parts, LocalDate documentDate, LocalDate asOf) {
        Map<PartKind, RetentionDecision> decisions = new EnumMap<>(PartKind.class);
        for (Part part : parts) {
            decisions.put(part.kind(), policy.evaluate(part.retentionCategory(), documentDate, asOf));
        }
        return new PartHolds(decisions);
    }

    public RetentionDecision of(PartKind kind) {
        return decisions.get(kind);
    }

    /** The record as a whole: restricted until the hold that ends last, erased when none runs any more. */
    public RetentionDecision wholeRecord() {
        return decisions.values().stream().filter(RetentionDecision::restricts)
                .max(Comparator.comparing(RetentionDecision::erasableFrom))
                .orElse(RetentionDecision.erase());
    }

    /** The part to erase while the rest of the record is still held: one without a hold, or whose hold ends first. */
    public Optional<PartKind> partToEraseFirst() {
        RetentionDecision whole = wholeRecord();
        if (!whole.restricts()) {
            return Optional.empty();
        }
        return decisions.entrySet().stream()
                .filter(entry -> !entry.getValue().restricts()
                        || entry.getValue().erasableFrom().isBefore(whole.erasableFrom()))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}

package de.thwien.dsr.erasure.retention.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The operator's deletion concept: one {@link DeletionRule} per data category (LEGAL.md §3).
 * Pure Java, built from configuration.
 */
public final class RetentionPolicy {

    private final Map<String, DeletionRule> rules;

    public RetentionPolicy(Collection<DeletionRule> rules) {
        Map<String, DeletionRule> byCategory = new LinkedHashMap<>();
        for (DeletionRule rule : rules) {
            if (byCategory.put(rule.category(), rule) != null) {
                throw new IllegalArgumentException("two deletion rules for category " + rule.category());
            }
        }
        this.rules = Map.copyOf(byCategory);
    }

    /**
     * Whether a document of {@code category} dated {@code documentDate} may be erased on
     * {@code asOf}, or must be restricted until its hold ends. Only {@link RuleKind#HOLD} rules
     * hold data against an erasure request.
     *
     * @throws UnknownRetentionCategoryException when no rule exists for the category
     */
    public RetentionDecision evaluate(String category, LocalDate documentDate, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        DeletionRule rule = rule(category);
        if (!holdsFor(category)) {
            return RetentionDecision.erase();
        }
        Objects.requireNonNull(documentDate, "documentDate");
        LocalDate erasableFrom = rule.erasableFrom(documentDate);
        return asOf.isBefore(erasableFrom)
                ? RetentionDecision.restrict(erasableFrom, rule.legalBasis())
                : RetentionDecision.erase();
    }

    /**
     * The moment routine erasure removes a record that came into being at {@code createdAt}, whatever the kind of
     * rule: the end of the maximum storage counted from that moment (e.g. recordings 14 days after they were made) or
     * the start of the first day after a hold.
     */
    public Instant routinelyErasableAt(String category, Instant createdAt, ZoneId zone) {
        return rule(category).erasableAt(createdAt, zone);
    }

    public DeletionRule rule(String category) {
        DeletionRule rule = category == null ? null : rules.get(category);
        if (rule == null) {
            throw new UnknownRetentionCategoryException(category);
        }
        return rule;
    }

    /** Whether a record of the category is held for a period counted from its date (so its date is needed). */
    public boolean holdsFor(String category) {
        DeletionRule rule = rule(category);
        return rule.kind() == RuleKind.HOLD && rule.hasPeriod();
    }

    public boolean knows(String category) {
        return category != null && rules.containsKey(category);
    }

    public Set<String> categories() {
        return rules.keySet();
    }
}

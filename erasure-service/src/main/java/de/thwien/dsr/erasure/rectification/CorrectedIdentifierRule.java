package de.thwien.dsr.erasure.rectification;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a corrected e-mail address or phone number may become her record's identifier. The subject index finds a
 * person by these keys: a value that already identifies records of someone else would tie her record to his, and a
 * later access or erasure request of one of them would reach the other's data (Art. 5(1)(f), 32). So such a value is
 * taken only when the assistant confirms she checked that the requester controls it (e.g. the requester confirmed
 * from that address) - also when the requester's own message asked for it; the same value in another record of this
 * case is hers. Plain Java.
 */
final class CorrectedIdentifierRule {

    /** Which identifier a rectifiable field holds. */
    enum Kind {
        EMAIL, PHONE, NONE;

        /** By the field's name, as {@link CorrectedValueCheck} reads it: e-mail fields, phone and mobile fields. */
        static Kind of(String field) {
            String name = field.toLowerCase(Locale.ROOT);
            if (name.contains("email")) {
                return EMAIL;
            }
            return name.contains("phone") || name.contains("mobile") ? PHONE : NONE;
        }
    }

    /** A record in a store, as the subject index and the plan name it. */
    record StoredRecord(String store, String reference) {
    }

    /** What happens to the corrected value; {@code storesOfOthers} sorted, empty when none or not known. */
    record Verdict(Outcome outcome, Set<String> storesOfOthers) {
    }

    enum Outcome {
        /** No other person's record holds it. */
        ACCEPTED,
        /** Another person's records hold it (or that could not be checked) and the assistant confirmed. */
        ACCEPTED_AS_CONFIRMED,
        /** Other records hold it; not taken without her confirmation. */
        REFUSED_HELD_BY_OTHERS,
        /** The subject index did not answer; not taken without her confirmation. */
        REFUSED_UNCHECKED
    }

    private CorrectedIdentifierRule() {
    }

    /**
     * @param holders     the records the index holds the value for; empty when the index did not answer
     * @param caseRecords the records located for this case (the plan's items)
     * @param confirmed   the assistant confirmed that the requester controls the value
     */
    static Verdict decide(Optional<List<StoredRecord>> holders, Collection<StoredRecord> caseRecords,
            boolean confirmed) {
        if (holders.isEmpty()) {
            return new Verdict(confirmed ? Outcome.ACCEPTED_AS_CONFIRMED : Outcome.REFUSED_UNCHECKED, Set.of());
        }
        java.util.SortedSet<String> stores = new TreeSet<>();
        holders.get().stream().filter(holder -> !caseRecords.contains(holder))
                .forEach(holder -> stores.add(holder.store()));
        if (stores.isEmpty()) {
            return new Verdict(Outcome.ACCEPTED, Set.of());
        }
        return new Verdict(confirmed ? Outcome.ACCEPTED_AS_CONFIRMED : Outcome.REFUSED_HELD_BY_OTHERS,
                Collections.unmodifiableSortedSet(stores));
    }
}

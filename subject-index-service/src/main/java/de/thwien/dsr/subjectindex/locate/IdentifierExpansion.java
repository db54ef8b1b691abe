package de.thwien.dsr.subjectindex.locate;

import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.spi.RecordHit;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.RetentionCategory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second look of a case's locate (Art. 15 and 17 complete, Art. 19 told): the e-mail addresses and phone numbers
 * of the requester's own customer record (found STRONG, by an identifier she gave) are hers too, so a record carrying
 * only one of them, like a sipgate voicemail with her number, is hers. Only her master record gives identifiers, and
 * only once: a mail of hers may name other people's numbers, a name match may be a stranger's record, and a record
 * found through her number leads no further, so nobody else's records are pulled in. Plain rules; the
 * {@link SubjectLocator} runs them.
 */
public final class IdentifierExpansion {

    private IdentifierExpansion() {
    }

    /** The findings whose identifiers are the requester's own: her customer master record, matched STRONG. */
    public static List<Finding> ownMasterRecords(List<Finding> findings) {
        return findings.stream()
                .filter(finding -> finding.matchStrength() == MatchStrength.STRONG)
                .filter(finding -> RetentionCategory.find(finding.retentionCategory())
                        .filter(category -> category == RetentionCategory.CUSTOMER_MASTER_DATA).isPresent())
                .toList();
    }

    /** The exact identifiers (e-mail, phone) of her own records that were not searched yet. */
    public static Set<Identifier> furtherIdentifiers(Collection<Identifier> ofOwnRecords, Set<Identifier> searched) {
        Set<Identifier> further = new LinkedHashSet<>();
        for (Identifier identifier : ofOwnRecords) {
            if (identifier.strength() == MatchStrength.STRONG && !searched.contains(identifier)) {
                further.add(identifier);
            }
        }
        return further;
    }

    /** The hits of the second look still to confirm: none already found STRONG (a name match may become STRONG). */
    public static Map<String, List<RecordHit>> notFoundStrongYet(Map<String, List<RecordHit>> hits,
            List<Finding> found) {
        Set<String> strong = new LinkedHashSet<>();
        found.stream().filter(finding -> finding.matchStrength() == MatchStrength.STRONG)
                .forEach(finding -> strong.add(key(finding.store(), finding.reference())));
        Map<String, List<RecordHit>> open = new LinkedHashMap<>();
        hits.forEach((store, storeHits) -> {
            List<RecordHit> left = storeHits.stream()
                    .filter(hit -> !strong.contains(key(store, hit.reference()))).toList();
            if (!left.isEmpty()) {
                open.put(store, left);
            }
        });
        return open;
    }

    /**
     * Both looks as one result: each record once (the second look's STRONG match replaces a name match); a store the
     * second look could not ask is unavailable, its absence from the findings means nothing.
     */
    public static LocateResult merged(LocateResult first, LocateResult second) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        first.findings().forEach(finding -> findings.put(key(finding.store(), finding.reference()), finding));
        second.findings().forEach(finding -> findings.merge(key(finding.store(), finding.reference()), finding,
                (before, now) -> before.matchStrength() == MatchStrength.STRONG ? before : now));
        Map<String, String> unavailable = new LinkedHashMap<>(first.unavailableReasons());
        second.unavailableReasons().forEach(unavailable::putIfAbsent);
        List<String> searched = new ArrayList<>(first.storesSearched());
        searched.removeAll(unavailable.keySet());
        return new LocateResult(searched, List.copyOf(unavailable.keySet()), unavailable,
                List.copyOf(findings.values()));
    }

    private static String key(String store, String reference) {
        return store + "\n" + reference;
    }
}

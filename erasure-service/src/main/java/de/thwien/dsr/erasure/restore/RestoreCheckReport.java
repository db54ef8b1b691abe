package de.thwien.dsr.erasure.restore;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a restore check found and did: per store and action how many restored records were erased or restricted
 * again (the dashboard words it: "nach Wiederherstellung erneut gelöscht: 3 E-Mails, 1 Kontakt"), and each one with
 * the store's proof. Names cases and plan items, never a person or a record's content.
 */
public record RestoreCheckReport(Long id, String trigger, Instant startedAt, Instant finishedAt, int ledgerEntries,
        int reErased, int reRestricted, int failed, List<StoreCount> counts, List<String> unavailableStores,
        List<Reapplication> reapplied) {

    /** {@code action}: ERASED or RESTRICTED, as the ledger names what was done again. */
    public record StoreCount(String store, String action, int count) {
    }

    /** {@code proof}: what the store answered when re-read (or the error, when {@code succeeded} is false). */
    public record Reapplication(String store, String action, UUID caseId, Long itemId, boolean succeeded,
            String proof) {
    }
}

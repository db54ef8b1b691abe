package de.thwien.dsr.subjectindex.index;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of catching the index up before a locate ({@link CatchUpCrawls}): every store not named in
 * {@code notCaughtUp} holds, as far as the index goes, what it held at {@code since}.
 *
 * @param notCaughtUp store → why its index may miss what arrived before {@code since} (no personal data)
 */
public record CaughtUp(Instant since, Map<String, String> notCaughtUp) {

    public CaughtUp {
        notCaughtUp = Map.copyOf(notCaughtUp);
    }

    /** Why the store's index may be stale; empty if it is current. */
    public Optional<String> whyNotCaughtUp(String store) {
        return Optional.ofNullable(notCaughtUp.get(store));
    }
}

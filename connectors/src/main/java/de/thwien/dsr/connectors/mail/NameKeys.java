package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.identity.Identifier;
import de.thwien.dsr.connectors.identity.Identifiers;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The name keys of the names one crawl meets, each name folded once: a mailbox's correspondents and the
 * people its mails name recur from message to message. Bounded: it starts over when it holds
 * {@link #LIMIT} names. One per crawl, not shared between threads.
 */
final class NameKeys {

    static final int LIMIT = 20_000;

    private final Map<String, Set<Identifier>> keysByName = new HashMap<>();

    /** {@link Identifiers#ofName} of the name, unmodifiable; empty for none. */
    Set<Identifier> of(String name) {
        if (name == null) {
            return Set.of();
        }
        Set<Identifier> keys = keysByName.get(name);
        if (keys == null) {
            if (keysByName.size() >= LIMIT) {
                keysByName.clear();
            }
            keys = Set.copyOf(Identifiers.ofName(name));
            keysByName.put(name, keys);
        }
        return keys;
    }
}

package de.thwien.dsr.notifier.firstcontact;

import java.util.List;
import java.util.Locale;

/**
 * Addresses that never get an Art. 13 notice: the operator's own domain, no-reply senders and any
 * address the operator lists. An entry is an address ({@code a@b.de}), a local part prefix ending
 * in {@code @} ({@code noreply@}) or a domain starting with {@code @} ({@code @b.de}).
 */
public final class SuppressionList {

    private final List<String> entries;

    public SuppressionList(List<String> entries) {
        this.entries = entries.stream().map(String::strip).filter(e -> !e.isEmpty())
                .map(e -> e.toLowerCase(Locale.ROOT)).toList();
    }

    public boolean contains(String address) {
        String normalised = AddressHash.normalise(address);
        int at = normalised.lastIndexOf('@');
        String local = at < 0 ? normalised : normalised.substring(0, at + 1);
        String domain = at < 0 ? "" : normalised.substring(at);
        return entries.stream().anyMatch(entry -> entry.equals(normalised)
                || (entry.startsWith("@") && entry.equals(domain))
                || (entry.endsWith("@") && !entry.startsWith("@") && local.equals(entry)));
    }
}

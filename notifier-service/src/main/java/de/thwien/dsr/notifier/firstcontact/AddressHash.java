package de.thwien.dsr.notifier.firstcontact;

import de.thwien.dsr.notifier.delivery.NoticeBook;
import java.util.Locale;

/** Recognises an address again without keeping it: SHA-256 of the trimmed, lower-cased address. */
final class AddressHash {

    private AddressHash() {
    }

    static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    static String of(String address) {
        return NoticeBook.sha256(normalise(address));
    }
}

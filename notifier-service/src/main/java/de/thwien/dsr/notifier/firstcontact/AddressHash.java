package de.thwien.dsr.notifier.firstcontact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Recognises an address again without keeping it: SHA-256 of the trimmed, lower-cased address. */
final class AddressHash {

    private AddressHash() {
    }

    static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    static String of(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

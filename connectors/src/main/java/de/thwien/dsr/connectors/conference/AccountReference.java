package de.thwien.dsr.connectors.conference;

import java.util.OptionalInt;
import java.util.UUID;

/**
 * A Greenlight user's reference, and while she is restricted the status she had before: restricting sets
 * {@code users.status} to banned, and lifting must give back what was there (a pending user stays pending, a
 * banned one banned). Greenlight has no place for it, so it travels in the reference the restriction returns
 * (kept on the plan item, given back to lift and to the deferred erasure): {@code users/<uuid>?status=1}.
 */
record AccountReference(UUID user, OptionalInt statusBefore) {

    static final String TABLE = "users";
    private static final String PREFIX = TABLE + "/";
    private static final String STATUS = "?status=";

    static boolean isAccount(String reference) {
        return reference.startsWith(PREFIX);
    }

    static AccountReference parse(String reference) {
        String rest = reference.substring(PREFIX.length());
        int at = rest.indexOf(STATUS);
        try {
            if (at < 0) {
                return new AccountReference(UUID.fromString(rest), OptionalInt.empty());
            }
            return new AccountReference(UUID.fromString(rest.substring(0, at)),
                    OptionalInt.of(Integer.parseInt(rest.substring(at + STATUS.length()))));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a Greenlight user reference is users/<uuid>[?status=<n>]", e);
        }
    }

    /** The reference as findings name the user, without the restriction's status. */
    static String plain(String reference) {
        return isAccount(reference) ? parse(reference).plain() : reference;
    }

    String plain() {
        return PREFIX + user;
    }

    String restricted(int before) {
        return plain() + STATUS + before;
    }
}

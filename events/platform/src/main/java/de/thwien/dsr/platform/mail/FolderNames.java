package de.thwien.dsr.platform.mail;

import java.util.Optional;

/**
 * Whether a configured folder name can be created on a server with a given hierarchy separator. A Dovecot with
 * Maildir++ separates levels with {@code .} and refuses {@code /} in a name; an empty level ({@code Archiv//X},
 * a separator at either end) names no folder anywhere.
 */
public final class FolderNames {

    private FolderNames() {
    }

    /** What is wrong with {@code name} on a server that separates levels with {@code separator}; empty: nothing. */
    public static Optional<String> problem(String name, char separator) {
        if (name == null || name.isBlank()) {
            return Optional.of("is empty");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("contains a control character");
        }
        if (separator != '/' && name.indexOf('/') >= 0) {
            return Optional.of("contains '/', which this server does not allow in folder names (it separates"
                    + " folder levels with '" + separator + "'): write the levels with '" + separator + "'");
        }
        String doubled = String.valueOf(separator) + separator;
        if (name.charAt(0) == separator || name.charAt(name.length() - 1) == separator || name.contains(doubled)) {
            return Optional.of("has an empty folder level (the server separates folder levels with '"
                    + separator + "')");
        }
        return Optional.empty();
    }
}

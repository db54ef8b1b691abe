package de.thwien.dsr.notifier.delivery;

import java.util.regex.Pattern;

/**
 * The verification, status and access-package links in a notice carry a token that acts for the requester: whoever
 * reads it can confirm the identity or download the data. The delivery log shows and keeps the text with these
 * tokens masked ({@code …/verification/••••••}), so the assistant can read what was sent but cannot act as
 * the requester; the SHA-256 kept as proof is over the text really sent.
 */
public final class TokenLinks {

    public static final String MASK = "••••••";

    /** A token is base64url; the paths are those of intake's and subject-index's token links. */
    private static final Pattern TOKEN_LINK = Pattern.compile(
            "(https?://[^\\s\"'<>]*?/(?:verification|status|access-packages|access)/)[A-Za-z0-9_-]+");

    private TokenLinks() {
    }

    public static String masked(String text) {
        return text == null ? null : TOKEN_LINK.matcher(text).replaceAll("$1" + MASK);
    }
}

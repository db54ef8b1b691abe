package de.thwien.dsr.notifier.delivery;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Message-IDs that reach our headers ({@code In-Reply-To}, {@code References}) come from mail that
 * strangers sent, so only the plain {@code <left@right>} form of RFC 5322 is accepted: no spaces,
 * no line breaks, nothing that could end the header.
 */
public final class MessageIds {

    /** Visible ASCII except the angle brackets, on both sides of an at sign. */
    private static final String PART = "[\\x21-\\x3b\\x3d\\x3f-\\x7e]{1,250}";
    private static final Pattern SAFE = Pattern.compile("<" + PART + "@" + PART + ">");

    private MessageIds() {
    }

    /** The id when it is a well-formed single Message-ID, otherwise empty (the notice is then not threaded). */
    public static Optional<String> safe(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        String trimmed = messageId.strip();
        return SAFE.matcher(trimmed).matches() ? Optional.of(trimmed) : Optional.empty();
    }
}

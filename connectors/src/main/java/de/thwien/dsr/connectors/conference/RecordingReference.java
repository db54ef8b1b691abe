package de.thwien.dsr.connectors.conference;

import java.util.Optional;

/**
 * A recording's reference, and while it is restricted whether it was published before: restricting unpublishes it,
 * and lifting must give back what was there (one its owner had unpublished stays unpublished). BBB has no place for
 * it, so it travels in the reference the restriction returns (kept on the plan item, given back to lift and to the
 * deferred erasure), as {@link AccountReference} keeps a user's status: {@code recordings/<record id>?published=false}.
 */
record RecordingReference(String recordId, Optional<Boolean> publishedBefore) {

    static final String TABLE = "recordings";
    private static final String PREFIX = TABLE + "/";
    private static final String PUBLISHED = "?published=";

    static boolean isRecording(String reference) {
        return reference.startsWith(PREFIX);
    }

    static RecordingReference parse(String reference) {
        String rest = reference.substring(PREFIX.length());
        int at = rest.lastIndexOf(PUBLISHED);
        if (at < 0) {
            return new RecordingReference(rest, Optional.empty());
        }
        String state = rest.substring(at + PUBLISHED.length());
        if (!state.equals("true") && !state.equals("false")) {
            throw new IllegalArgumentException("a recording reference is recordings/<record id>[?published=<bool>]");
        }
        return new RecordingReference(rest.substring(0, at), Optional.of(Boolean.parseBoolean(state)));
    }

    /** The reference as findings name the recording, without the restriction's state. */
    static String plain(String reference) {
        return isRecording(reference) ? parse(reference).plain() : reference;
    }

    String plain() {
        return PREFIX + recordId;
    }

    String restricted(boolean published) {
        return plain() + PUBLISHED + published;
    }
}

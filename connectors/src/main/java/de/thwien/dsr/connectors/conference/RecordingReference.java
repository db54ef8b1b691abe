package de.thwien.dsr.connectors.conference;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A recording's reference, and while it is restricted whether it was published before and what Greenlight showed for
 * it ({@code recordings.visibility}: Published, Public, Protected …): restricting unpublishes it, and lifting must give
 * back what was there (one its owner had unpublished stays unpublished, a protected one is protected again). BBB has no
 * place for it, so it travels in the reference the restriction returns (kept on the plan item, given back to lift and
 * to the deferred erasure), as {@link AccountReference} keeps a user's status:
 * {@code recordings/<record id>?published=true&visibility=Public%2FProtected}. A reference restricted before the
 * visibility was kept has none.
 */
record RecordingReference(String recordId, Optional<Boolean> publishedBefore, Optional<String> visibilityBefore) {

    static final String TABLE = "recordings";
    private static final String PREFIX = TABLE + "/";
    private static final String PUBLISHED = "?published=";
    private static final String VISIBILITY = "&visibility=";

    static boolean isRecording(String reference) {
        return reference.startsWith(PREFIX);
    }

    static RecordingReference parse(String reference) {
        String rest = reference.substring(PREFIX.length());
        int at = rest.lastIndexOf(PUBLISHED);
        if (at < 0) {
            return new RecordingReference(rest, Optional.empty(), Optional.empty());
        }
        String state = rest.substring(at + PUBLISHED.length());
        Optional<String> visibility = Optional.empty();
        int visibilityAt = state.indexOf(VISIBILITY);
        if (visibilityAt >= 0) {
            visibility = Optional.of(URLDecoder.decode(state.substring(visibilityAt + VISIBILITY.length()),
                    StandardCharsets.UTF_8)).filter(value -> !value.isEmpty());
            state = state.substring(0, visibilityAt);
        }
        if (!state.equals("true") && !state.equals("false")) {
            throw new IllegalArgumentException("a recording reference is recordings/<record id>[?published=<bool>"
                    + "[&visibility=<Greenlight visibility>]]");
        }
        return new RecordingReference(rest.substring(0, at), Optional.of(Boolean.parseBoolean(state)), visibility);
    }

    /** The reference as findings name the recording, without the restriction's state. */
    static String plain(String reference) {
        return isRecording(reference) ? parse(reference).plain() : reference;
    }

    String plain() {
        return PREFIX + recordId;
    }

    String restricted(boolean published, Optional<String> visibility) {
        return plain() + PUBLISHED + published
                + visibility.map(value -> VISIBILITY + URLEncoder.encode(value, StandardCharsets.UTF_8)).orElse("");
    }
}

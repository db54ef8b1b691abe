package de.thwien.dsr.subjectindex.access.archive;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the copy hands out a conference recording (Art. 15(3), (4) GDPR). A playback link only for a published
 * recording of which she was the only participant: an unpublished one's link only answers "not found", and a
 * recording with other participants carries their pictures, voices and words, so it is handed out only after their
 * rights have been weighed, never linked directly. The page says for each how she gets it instead.
 */
public enum RecordingCopy {
    /** Published, and she alone took part: the playback link is in the copy. */
    LINKED,
    /** Not published (no playback): she gets the recording as a file on request. */
    ON_REQUEST,
    /** Others took part, or it is not known who did: provided after their rights have been weighed (Art. 15(4)). */
    AFTER_WEIGHING_OTHERS_RIGHTS;

    /** The BigBlueButton field holding the playback link. */
    static final String PLAYBACK_URL = "bbbPlaybackUrl";

    /** How a recording with these exported fields is handed out; null for a record that is no recording. */
    public static RecordingCopy of(String kind, Map<String, ?> fields) {
        if (!"recordings".equals(kind)) {
            return null;
        }
        // not known how many took part: others may have, so weighed as if they had
        if (participants(fields) != 1) {
            return AFTER_WEIGHING_OTHERS_RIGHTS;
        }
        return published(fields) ? LINKED : ON_REQUEST;
    }

    /** The fields as the copy holds them: without the playback link unless the recording is {@link #LINKED}. */
    static Map<String, Object> withoutLinkUnlessLinked(String kind, Map<String, Object> fields) {
        RecordingCopy copy = of(kind, fields);
        if (copy == null || copy == LINKED || !fields.containsKey(PLAYBACK_URL)) {
            return fields;
        }
        Map<String, Object> withoutLink = new LinkedHashMap<>(fields);
        withoutLink.remove(PLAYBACK_URL);
        return withoutLink;
    }

    /**
     * Published only when BigBlueButton says so: its published flag true and no state other than published; a
     * recording BigBlueButton does not know (any more) has no playback.
     */
    private static boolean published(Map<String, ?> fields) {
        Object flag = fields.get("bbbPublished");
        Object state = fields.get("bbbState");
        return flag != null && "true".equalsIgnoreCase(flag.toString().strip())
                && (state == null || "published".equalsIgnoreCase(state.toString().strip()));
    }

    /** The number of participants Greenlight or BigBlueButton counted; 0 when neither says. */
    private static int participants(Map<String, ?> fields) {
        Object value = fields.get("participants");
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

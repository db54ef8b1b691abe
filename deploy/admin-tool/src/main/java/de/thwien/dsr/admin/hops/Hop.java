package de.thwien.dsr.admin.hops;

import de.thwien.dsr.platform.codec.PersonalBlock;
import java.time.Instant;

/**
 * One event of a case as it lies on a topic: where, what and when, and how its personal block travels; never the
 * personal data itself.
 *
 * @param time    the event's {@code ce_time}, or the record's timestamp when the header is missing
 * @param type    {@code ce_type}, or null for a record without CloudEvents headers (a poison record)
 * @param eventId {@code ce_id}, or null
 */
public record Hop(Instant time, String topic, int partition, long offset, String type, String eventId, String source,
        PersonalBlock personal) {

    /** One line: time, topic/partition@offset, type, event id, source, the personal block's state. */
    public String line() {
        return String.format("%s  %s/%d@%d  %s  id=%s  from=%s  personal=%s", time, topic, partition, offset,
                type == null ? "(no ce_type)" : type, eventId == null ? "-" : eventId,
                source == null ? "-" : source, describe(personal));
    }

    private static String describe(PersonalBlock personal) {
        return switch (personal) {
            case NONE -> "none";
            case SEALED -> "[sealed]";
            case SHREDDED -> "[shredded]";
            case IN_CLEAR -> "[in clear, not shown]";
            case UNREADABLE -> "[value is no event]";
        };
    }
}

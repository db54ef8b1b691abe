package de.thwien.dsr.intake.messaging;

import de.thwien.dsr.intake.CaseTables;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.UUID;

/** Test helpers that open cases over HTTP and read the intake tables directly. */
final class CaseTimelineProbe {

    private final Pool pool;

    CaseTimelineProbe(Pool pool) {
        this.pool = pool;
    }

    static String openCase() {
        return CaseTables.openCase("ACCESS");
    }

    long timelineEntries(String caseId, String kind) {
        return pool.preparedQuery("select count(*) from case_timeline_entry where case_id = $1 and kind = $2")
                .execute(Tuple.of(UUID.fromString(caseId), kind))
                .map(rows -> rows.iterator().next().getLong(0))
                .await().indefinitely();
    }

    long timelineEntriesOfEvent(UUID eventId) {
        return pool.preparedQuery("select count(*) from case_timeline_entry where event_id = $1")
                .execute(Tuple.of(eventId))
                .map(rows -> rows.iterator().next().getLong(0))
                .await().indefinitely();
    }

    boolean published(UUID eventId) {
        return pool.preparedQuery("select published_at is not null from outbox_event where event_id = $1")
                .execute(Tuple.of(eventId))
                .map(rows -> rows.iterator().next().getBoolean(0))
                .await().indefinitely();
    }

    UUID outboxEventOfCase(String caseId) {
        return pool.preparedQuery("select event_id from outbox_event where record_key = $1 order by sequence limit 1")
                .execute(Tuple.of(caseId))
                .map(rows -> rows.iterator().next().getUUID(0))
                .await().indefinitely();
    }

    /** What a crash between the broker's acknowledgement and the commit of "sent" leaves behind. */
    void forgetPublication(UUID eventId) {
        pool.preparedQuery("update outbox_event set published_at = null where event_id = $1")
                .execute(Tuple.of(eventId)).await().indefinitely();
    }
}

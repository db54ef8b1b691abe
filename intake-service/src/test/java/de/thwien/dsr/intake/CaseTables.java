package de.thwien.dsr.intake;

import static io.restassured.RestAssured.given;

import de.thwien.dsr.platform.codec.CloudEventHeaders;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.platform.keyring.SealedEvents;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helpers: open cases over HTTP as distinct requesters, read the intake tables directly. */
public final class CaseTables {

    private static final Pattern VERIFICATION_TOKEN = Pattern.compile("/api/verification/([A-Za-z0-9_-]+)(?:\\?lang=[a-z]+)?\"");

    private final Pool pool;

    public CaseTables(Pool pool) {
        this.pool = pool;
    }

    /** A requester address no other test uses, so per-address limits and duplicates stay per test. */
    public static String uniqueEmail() {
        return "r-" + UUID.randomUUID() + "@example.org";
    }

    /** A client address no other test uses (the test profile trusts X-Forwarded-For). */
    public static String uniqueClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public static String openCase(String type, String email) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", uniqueClientAddress())
                .body("{\"type\":\"" + type + "\",\"email\":\"" + email + "\",\"name\":\"Test Requester\"}")
                .when().post("/api/requests")
                .then().statusCode(202).extract().path("caseId");
    }

    public static String openCase(String type) {
        return openCase(type, uniqueEmail());
    }

    /**
     * A case of a letter the assistant registered without classifying it: the way an {@code UNCLASSIFIED} case opens
     * besides the privacy mailbox (a requester cannot submit one).
     */
    public static String registerUnclassifiedLetter() {
        return given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body(Map.of("type", "UNCLASSIFIED", "channel", "LETTER", "receivedAt",
                        java.time.Instant.now().minusSeconds(60).toString(), "email", uniqueEmail(),
                        "name", "Test Requester"))
                .when().post("/api/cases")
                .then().statusCode(201).extract().path("id");
    }

    public String status(String caseId) {
        return single("select status from dsr_case where id = $1", Tuple.of(UUID.fromString(caseId)))
                .getString(0);
    }

    public long timelineEntries(String caseId, String kind) {
        return single("select count(*) from case_timeline_entry where case_id = $1 and kind = $2",
                Tuple.of(UUID.fromString(caseId), kind)).getLong(0);
    }

    /** "kind|actor|detail" of every timeline entry, oldest first. */
    public List<String> timeline(String caseId) {
        List<String> entries = new ArrayList<>();
        pool.preparedQuery("select kind, actor, detail from case_timeline_entry where case_id = $1 "
                        + "order by occurred_at, id")
                .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely()
                .forEach(row -> entries.add(row.getString(0) + "|" + row.getString(1) + "|" + row.getString(2)));
        return entries;
    }

    /** Events of a type the case appended to the outbox, e.g. {@code identity.verified}. */
    public long outboxEvents(String caseId, String typeName) {
        return single("select count(*) from outbox_event where record_key = $1 and event_type = $2",
                Tuple.of(caseId, "de.thwien.dsr." + typeName + ".v1")).getLong(0);
    }

    /**
     * The case's outbox events of a type as JSON with the personal block opened (stored sealed), i.e. what a
     * consumer sees; oldest first.
     */
    public List<String> outboxPayloads(String caseId, String typeName) {
        List<String> payloads = new ArrayList<>();
        pool.preparedQuery("select event_id, source, event_type, record_key, occurred_at, payload from outbox_event"
                        + " where record_key = $1 and event_type = $2 order by sequence")
                .execute(Tuple.of(caseId, "de.thwien.dsr." + typeName + ".v1")).await().indefinitely()
                .forEach(row -> payloads.add(opened(row)));
        return payloads;
    }

    private static String opened(Row row) {
        Map<String, String> headers = CloudEventHeaders.of(row.getUUID("event_id"), row.getString("source"),
                row.getString("event_type"), row.getString("record_key"),
                row.getOffsetDateTime("occurred_at").toInstant());
        SealedEvents sealed = Arc.container().instance(SealedEvents.class).get();
        return new EventCodec().encode(sealed.openAndWait(headers, row.getString("payload")).data());
    }

    /** The raw token of the case's first verification link, as the notifier would mail it. */
    public String verificationToken(String caseId) {
        return tokenIn(outboxPayloads(caseId, "verification.requested").get(0));
    }

    public static String tokenIn(String payload) {
        Matcher matcher = VERIFICATION_TOKEN.matcher(payload);
        if (!matcher.find()) {
            throw new AssertionError("no verification link in the event");
        }
        return matcher.group(1);
    }

    /** How many sessions wait for a row or table lock another session holds. */
    public long lockWaits() {
        return single("select count(*) from pg_locks where not granted", Tuple.tuple()).getLong(0);
    }

    public void execute(String sql, Tuple arguments) {
        pool.preparedQuery(sql).execute(arguments).await().indefinitely();
    }

    private Row single(String sql, Tuple arguments) {
        return pool.preparedQuery(sql).execute(arguments).await().indefinitely().iterator().next();
    }
}

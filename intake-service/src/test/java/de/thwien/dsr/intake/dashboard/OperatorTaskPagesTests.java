package de.thwien.dsr.intake.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.pages.FormSession;
import de.thwien.dsr.platform.codec.EventCodec;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Work an erasure left to the operator (a BBB recording's raw media): the case is flagged, the case page shows the
 * exact command with an "Erledigt" button, and her confirmation goes to erasure-service, onto the timeline and takes
 * the flag away once no task is open.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@QuarkusTestResource(StandInServices.class)
class OperatorTaskPagesTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String COMMAND = "bbb-record --delete 4f1c0a9e2b7d-1712345678901";

    StandInServices standIns;

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void servicesNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void openOperatorTaskIsFlaggedShownWithItsExactCommandAndGoneWhenTheAssistantConfirmsItDone() {
        String caseId = CaseTables.openCase("ERASURE");
        AtomicBoolean done = new AtomicBoolean();
        List<String> confirmations = new java.util.concurrent.CopyOnWriteArrayList<>();
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/operator-tasks/41/done")) {
                confirmations.add(path + "|" + exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of"));
                done.set(true);
                json(exchange, "{\"task\":" + task(true) + ",\"stillOpen\":0}");
            } else if (path.endsWith("/erasure-plan")) {
                json(exchange, "{\"status\":\"COMPLETED\",\"items\":[],\"operatorTasks\":[" + task(done.get()) + "]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        publishRecordsErasedWithAnOperatorTask(caseId);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(attention(caseId)).contains("OPERATOR_TASKS_OPEN"));

        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;
        assertThat(assistant.get(page).asString()).contains("id=\"attention-OPERATOR_TASKS_OPEN\"",
                "Aufgaben für den Administrator offen", "id=\"operator-task-41\"", COMMAND,
                "Rohdaten der Aufzeichnung auf dem BigBlueButton-Server endgültig löschen",
                page + "/operator-tasks/41/done", "id=\"operator-task-done-41\"");

        assertThat(assistant.submit(page, page + "/operator-tasks/41/done", Map.of()).statusCode()).isEqualTo(303);

        assertThat(confirmations).containsExactly("/erasure/api/cases/" + caseId
                + "/erasure-plan/operator-tasks/41/done|assistant");
        assertThat(attention(caseId)).doesNotContain("OPERATOR_TASKS_OPEN");
        assertThat(new CaseTables(pool).timeline(caseId)).anySatisfy(entry -> assertThat(entry)
                .startsWith("OPERATOR_TASK_DONE|assistant|Operator task done: PURGE_RECORDING_MEDIA on conference"));
        assertThat(assistant.get(page).asString()).doesNotContain("id=\"operator-task-41\"");
    }

    @Test
    void aCaseWithAnOperatorTaskOpenIsListedOnTheOverviewAndCannotBeClosedUntilTheTaskIsDone() {
        String caseId = CaseTables.openCase("ERASURE");
        AtomicBoolean done = new AtomicBoolean();
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/operator-tasks/41/done")) {
                done.set(true);
                json(exchange, "{\"task\":" + task(true) + ",\"stillOpen\":0}");
            } else if (path.endsWith("/erasure-plan")) {
                json(exchange, "{\"status\":\"COMPLETED\",\"items\":[],\"operatorTasks\":[" + task(done.get()) + "]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        publishRecordsErasedWithAnOperatorTask(caseId);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(attention(caseId)).contains("OPERATOR_TASKS_OPEN"));
        // answered: the case could be closed, were it not for the task
        new CaseTables(pool).execute("update dsr_case set status = 'RESPONDED' where id = $1",
                io.vertx.mutiny.sqlclient.Tuple.of(java.util.UUID.fromString(caseId)));
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        // the overview's task box names the case, with a link to its page (routine retention's are not the only ones)
        assertThat(assistant.get("/dashboard").asString()).contains("id=\"operator-tasks\"",
                "id=\"case-operator-task-" + caseId + "\"", "href=\"" + page + "\"",
                "Bei diesen Fällen hat die Löschung Arbeiten auf einem Server hinterlassen");

        // the open work names what to do, on the overview, the case list and the case page
        String todo = "Aufgaben für den Administrator auf dem Server erledigen lassen (Befehl auf der Fallseite) und"
                + " als erledigt bestätigen";
        assertThat(assistant.get("/dashboard").asString()).contains(todo);
        assertThat(assistant.get("/dashboard/cases?q=" + caseId).asString()).contains("id=\"next-steps-" + caseId
                + "\"", "Zu tun: " + todo);
        // the page does not offer closing while the task is open, and says why (issue 19's review)
        assertThat(assistant.get(page).asString()).contains("id=\"next-steps\"", todo)
                .doesNotContain("action=\"" + page + "/actions/close\"")
                .contains("id=\"close-waits\"", "Fall schließen ist erst möglich, wenn die Aufgaben für den"
                        + " Administrator erledigt und auf dieser Seite als erledigt bestätigt sind");
        // a form kept open from before is refused all the same
        var refused = assistant.submit(page, page + "/actions/close", Map.of("text", ""));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("Der Fall lässt sich noch nicht schließen: Für ihn sind Aufgaben für"
                + " den Administrator offen.");
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType("application/json").body("{}")
                .when().post("/api/cases/" + caseId + "/closure")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("operator tasks still open"));
        assertThat(new CaseTables(pool).status(caseId)).isEqualTo("RESPONDED");

        assertThat(assistant.submit(page, page + "/operator-tasks/41/done", Map.of()).statusCode()).isEqualTo(303);
        assertThat(assistant.get("/dashboard").asString()).doesNotContain("id=\"case-operator-task-" + caseId + "\"");
        assertThat(assistant.get(page).asString()).contains("action=\"" + page + "/actions/close\"")
                .doesNotContain("id=\"close-waits\"");
        assertThat(assistant.submit(page, page + "/actions/close", Map.of("text", "")).statusCode()).isEqualTo(303);
        assertThat(new CaseTables(pool).status(caseId)).isEqualTo("CLOSED");
    }

    @Test
    void aTaskRoutineRetentionLeftWithoutACaseIsShownOnTheOverviewWithItsExactCommandAndGoneWhenConfirmedDone() {
        AtomicBoolean done = new AtomicBoolean();
        List<String> confirmations = new java.util.concurrent.CopyOnWriteArrayList<>();
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/jobs/operator-tasks/42/done")) {
                confirmations.add(path + "|" + exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of"));
                done.set(true);
                json(exchange, routineTask());
            } else if (path.endsWith("/api/jobs")) {
                json(exchange, "{\"upcoming\":[],\"operatorTasks\":[" + (done.get() ? "" : routineTask()) + "]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        assertThat(assistant.get("/dashboard").asString()).contains("id=\"routine-operator-tasks\"",
                "Aufgaben für den Administrator offen", "id=\"routine-operator-task-42\"", COMMAND,
                "Rohdaten der Aufzeichnung auf dem BigBlueButton-Server endgültig löschen",
                "/dashboard/operator-tasks/42/done", "id=\"routine-operator-task-done-42\"");
        // the store by the name the index table uses, not by its id
        assertThat(assistant.get("/dashboard").asString()).contains(
                "endgültig löschen (Web-Konferenz-Server): <code").doesNotContain("(conference):");

        assertThat(assistant.submit("/dashboard", "/dashboard/operator-tasks/42/done", Map.of()).statusCode())
                .isEqualTo(303);

        assertThat(confirmations).containsExactly("/erasure/api/jobs/operator-tasks/42/done|assistant");
        assertThat(assistant.get("/dashboard").asString()).doesNotContain("id=\"routine-operator-task-42\"");
    }

    @Test
    void aConfirmationErasureServiceCannotTakeIsToldOnTheOverviewInThePagesLanguage() {
        // erasure-service not reachable (the stand-ins' state after reset)
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        var german = assistant.submit("/dashboard", "/dashboard/operator-tasks/42/done", Map.of());
        var english = assistant.submit("/dashboard?lang=en", "/dashboard/operator-tasks/42/done?lang=en", Map.of());

        assertThat(german.statusCode()).isEqualTo(502);
        assertThat(german.contentType()).startsWith("text/html");
        assertThat(german.asString()).contains("<h1>Übersicht</h1>",
                "erasure-service ist zurzeit nicht erreichbar").doesNotContain("not available");
        assertThat(english.asString()).contains("erasure-service is not available at the moment");
    }

    private static String routineTask() {
        return "{\"id\":42,\"itemId\":null,\"store\":\"conference\",\"kind\":\"PURGE_RECORDING_MEDIA\","
                + "\"instruction\":\"" + COMMAND + "\",\"doneAt\":null}";
    }

    private static String task(boolean done) {
        return "{\"id\":41,\"itemId\":7,\"store\":\"conference\",\"kind\":\"PURGE_RECORDING_MEDIA\",\"instruction\":\""
                + COMMAND + "\",\"doneAt\":" + (done ? "\"2026-12-06T10:00:00Z\"" : "null") + "}";
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static List<String> attention(String caseId) {
        return given().auth().preemptive().basic("assistant", "demo-assistant").get("/api/cases/" + caseId)
                .then().statusCode(200).extract().path("attention");
    }

    private void publishRecordsErasedWithAnOperatorTask(String caseId) {
        ErasureEvents.RecordsErased erased = new ErasureEvents.RecordsErased(caseId, RequestType.ERASURE, "de",
                List.of(new ErasureEvents.ErasedRecord("conference", "recordings/4f1c0a9e2b7d-1712345678901",
                        "conference-recording", Instant.now(), null)),
                List.of(), List.of(), List.of(), List.of(), new Person("erika@example.org", "Erika Mustermann"),
                List.of(new ErasureEvents.OpenOperatorTask("conference", "recordings/4f1c0a9e2b7d-1712345678901",
                        ErasureEvents.OperatorTaskKind.PURGE_RECORDING_MEDIA)));
        EventEnvelope envelope = EventEnvelope.of("/dsr/erasure-service", Instant.now(), erased);
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            probe.send(envelope.topic(), envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
        }
    }
}

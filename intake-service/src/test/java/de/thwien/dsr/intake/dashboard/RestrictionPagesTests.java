package de.thwien.dsr.intake.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A restriction request on the case page: the assistant chooses the ground the request did not name, and lifts the
 * restriction; both go to erasure-service in her name, which tells the requester first (Art. 18(3) GDPR).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@QuarkusTestResource(StandInServices.class)
class RestrictionPagesTests {

    StandInServices standIns;

    @AfterEach
    void servicesNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void withoutAGroundThePageAsksForItAndPostsTheChoiceToTheErasureServiceInTheAssistantsName() {
        String caseId = CaseTables.openCase("RESTRICTION");
        List<String> calls = new CopyOnWriteArrayList<>();
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("PUT".equals(exchange.getRequestMethod()) && path.endsWith("/restriction/ground")) {
                calls.add(path + "|" + exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of") + "|"
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                json(exchange, restriction("\"ACCURACY_CONTESTED\"", 1, false, true));
            } else if (path.endsWith("/restriction")) {
                json(exchange, restriction("null", 1, false, true));
            } else if (path.endsWith("/erasure-plan")) {
                json(exchange, "{\"status\":\"OPEN\",\"requestType\":\"RESTRICTION\",\"items\":[],"
                        + "\"operatorTasks\":[]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        String html = assistant.get(page).asString();

        assertThat(html).contains("Einschränkung der Verarbeitung (Art. 18 DSGVO)",
                "Der Antrag nennt keinen Grund", "action=\"" + page + "/restriction/ground\"",
                "Richtigkeit bestritten (Art. 18 Abs. 1 lit. a)")
                .doesNotContain("action=\"" + page + "/restriction/lift\"");
        assertThat(assistant.submit(page, page + "/restriction/ground", Map.of("ground", "ACCURACY_CONTESTED"))
                .statusCode()).isEqualTo(303);
        assertThat(calls).containsExactly("/erasure/api/cases/" + caseId
                + "/restriction/ground|assistant|{\"ground\":\"ACCURACY_CONTESTED\"}");
    }

    @Test
    void theLiftButtonSaysTheRequesterIsToldFirstAndPostsTheLiftInTheAssistantsName() {
        String caseId = CaseTables.openCase("RESTRICTION");
        List<String> lifts = new CopyOnWriteArrayList<>();
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/restriction/lift")) {
                lifts.add(path + "|" + exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of"));
                json(exchange, restriction("\"UNLAWFUL_PROCESSING\"", 2, false, false));
            } else if (path.endsWith("/restriction")) {
                json(exchange, restriction("\"UNLAWFUL_PROCESSING\"", 2, true, false));
            } else if (path.endsWith("/erasure-plan")) {
                json(exchange, "{\"status\":\"COMPLETED\",\"requestType\":\"RESTRICTION\",\"items\":[],"
                        + "\"operatorTasks\":[]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        String html = assistant.get(page).asString();

        assertThat(html).contains("unrechtmäßige Verarbeitung", "Einschränkung aufheben",
                "Zuerst erhält die antragstellende Person die Mitteilung nach Art. 18 Abs. 3 DSGVO",
                "action=\"" + page + "/restriction/lift\"")
                .doesNotContain("action=\"" + page + "/restriction/ground\"");
        assertThat(assistant.get(page + "?lang=en").asString()).contains("Lift restriction",
                "First the requester receives the notice under Art. 18(3) GDPR");
        assertThat(assistant.submit(page, page + "/restriction/lift", Map.of()).statusCode()).isEqualTo(303);
        assertThat(lifts).containsExactly("/erasure/api/cases/" + caseId + "/restriction/lift|assistant");
    }

    @Test
    void aLiftTheErasureServiceRefusesIsShownWithItsReason() {
        String caseId = CaseTables.openCase("RESTRICTION");
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/restriction/lift")) {
                byte[] problem = ("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":"
                        + "\"the lift was already announced to the requester\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(409, problem.length);
                exchange.getResponseBody().write(problem);
                exchange.close();
            } else if (path.endsWith("/restriction")) {
                json(exchange, restriction("\"UNLAWFUL_PROCESSING\"", 2, true, false));
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assertThat(assistant.submit(page, page + "/restriction/lift", Map.of()).statusCode()).isEqualTo(409);
    }

    @Test
    void anErasureCaseShowsNoRestrictionSection() {
        String caseId = CaseTables.openCase("ERASURE");
        standIns.erasure(exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });

        assertThat(FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard/cases/" + caseId).asString())
                .doesNotContain("Einschränkung aufheben", "/restriction/");
    }

    private static String restriction(String ground, int restricted, boolean liftable, boolean groundChangeable) {
        return "{\"ground\":" + ground + ",\"planned\":true,\"restricted\":" + restricted + ",\"lifted\":0,"
                + "\"liftAnnouncedAt\":null,\"liftNoticeSentAt\":null,\"liftable\":" + liftable
                + ",\"groundChangeable\":" + groundChangeable + "}";
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

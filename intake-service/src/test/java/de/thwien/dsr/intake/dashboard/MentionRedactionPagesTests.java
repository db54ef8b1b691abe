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
 * A name-only match in a third party's mail: besides approve (the whole mail) and decline, the case page offers to
 * remove only her mention, and the assistant's choice goes to erasure-service in her name. A recording cannot be
 * redacted: it has only approve and decline.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@QuarkusTestResource(StandInServices.class)
class MentionRedactionPagesTests {

    StandInServices standIns;

    @AfterEach
    void servicesNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void aNameOnlyMatchInAMailOffersToRemoveOnlyHerMentionAndPostsItToTheErasureServiceInTheAssistantsName() {
        String caseId = CaseTables.openCase("ERASURE");
        List<String> decisions = new CopyOnWriteArrayList<>();
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/redact")) {
                decisions.add(path + "|" + exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of"));
                json(exchange, item(7, "mail", "REDACT", "PENDING"));
            } else if (path.endsWith("/erasure-plan")) {
                json(exchange, "{\"status\":\"AWAITING_APPROVAL\",\"items\":[" + item(7, "mail", "KEEP",
                        "AWAITING_APPROVAL") + "," + item(8, "conference", "KEEP", "AWAITING_APPROVAL")
                        + "],\"operatorTasks\":[]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        String html = assistant.get(page).asString();

        assertThat(html).contains("action=\"" + page + "/plan/7/redact\"", "Nur ihre Erwähnung entfernen",
                "action=\"" + page + "/plan/7/approve\"", "action=\"" + page + "/plan/8/approve\"")
                .doesNotContain("action=\"" + page + "/plan/8/redact\"");
        assertThat(assistant.submit(page, page + "/plan/7/redact", Map.of()).statusCode()).isEqualTo(303);
        assertThat(decisions).containsExactly("/erasure/api/cases/" + caseId
                + "/erasure-plan/items/7/redact|assistant");
    }

    @Test
    void removingOnlyHerMentionLeavesATimelineEntryNamingTheAssistantAndTheStore() {
        String caseId = CaseTables.openCase("ERASURE");
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/redact")) {
                json(exchange, item(7, "mail", "REDACT", "PENDING"));
            } else if (path.endsWith("/erasure-plan")) {
                json(exchange, "{\"status\":\"AWAITING_APPROVAL\",\"items\":[" + item(7, "mail", "KEEP",
                        "AWAITING_APPROVAL") + "],\"operatorTasks\":[]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assertThat(assistant.submit(page, page + "/plan/7/redact", Map.of()).statusCode()).isEqualTo(303);

        assertThat(assistant.get(page).asString()).contains("Nur die Erwähnung der Person entfernen lassen",
                "E-Mail-Postfach");
        assertThat(assistant.get(page + "?lang=en").asString()).contains("Only the mention of the requester to be removed",
                "mailbox");
    }

    private static String item(long id, String store, String action, String execution) {
        return "{\"id\":" + id + ",\"store\":\"" + store + "\",\"reference\":\"" + store + "/" + id
                + "\",\"retentionCategory\":\"general-correspondence\",\"matchStrength\":\"WEAK\",\"action\":\""
                + action + "\",\"reasonCode\":\"WEAK_MATCH_AWAITING_REVIEW\",\"holdUntil\":null,\"approval\":\"PENDING\","
                + "\"execution\":\"" + execution + "\"}";
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

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
 * Objection (Art. 21 GDPR) on the case page: the records processed on a legitimate interest grouped by purpose, each
 * with "stop" and "continue on grounds"; her decision goes to erasure-service in her name (the grounds as she wrote
 * them) and the timeline names it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@QuarkusTestResource(StandInServices.class)
class ObjectionPagesTests {

    StandInServices standIns;

    @AfterEach
    void servicesNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void theCasePageOffersStopAndContinuePerPurposeAndPostsTheDecisionInTheAssistantsName() {
        String caseId = CaseTables.openCase("OBJECTION");
        List<String> decisions = new CopyOnWriteArrayList<>();
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.contains("/objection/")) {
                decisions.add(path + "|" + exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of") + "|"
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                json(exchange, "[]");
            } else if (path.endsWith("/erasure-plan")) {
                json(exchange, "{\"status\":\"OPEN\",\"requestType\":\"OBJECTION\",\"items\":["
                        + item(7, "mail", "general-correspondence", "OBJECTION_AWAITING_DECISION") + ","
                        + item(8, "conference", "conference-account", "OBJECTION_AWAITING_DECISION") + ","
                        + item(9, "crm", "accounting-voucher", "NOT_PROCESSED_ON_LEGITIMATE_INTEREST")
                        + "],\"operatorTasks\":[]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        String html = assistant.get(page).asString();

        assertThat(html).contains("Widerspruch: Entscheidung je Zweck",
                "Beantwortung von E-Mails und Anrufen außerhalb eines Vertrags",
                "Technische Nutzbarkeit des Konferenzservers",
                "action=\"" + page + "/objection/CONTACT_HANDLING/stop\"",
                "action=\"" + page + "/objection/CONFERENCE_USE/continue\"")
                .doesNotContain("/objection/CUSTOMER_RELATIONSHIP/");
        assertThat(assistant.submit(page, page + "/objection/CONTACT_HANDLING/stop", Map.of()).statusCode())
                .isEqualTo(303);
        assertThat(assistant.submit(page, page + "/objection/CONFERENCE_USE/continue",
                Map.of("grounds", "Laufende Schulung bis 30. April")).statusCode()).isEqualTo(303);
        assertThat(decisions).containsExactly(
                "/erasure/api/cases/" + caseId + "/erasure-plan/objection/CONTACT_HANDLING/stop|assistant|",
                "/erasure/api/cases/" + caseId + "/erasure-plan/objection/CONFERENCE_USE/continue|assistant|"
                        + "{\"grounds\":\"Laufende Schulung bis 30. April\"}");
        assertThat(assistant.get(page).asString()).contains(
                "Widerspruch: Verarbeitung für „Beantwortung von E-Mails und Anrufen außerhalb eines Vertrags“ beendet",
                "Widerspruch: Verarbeitung für „Technische Nutzbarkeit des Konferenzservers (Konto, Einladungen,"
                        + " Protokolle)“ wird aus zwingenden schutzwürdigen Gründen fortgesetzt");
    }

    @Test
    void aDecidedPurposeOffersNoSecondDecisionAndANameOnlyMatchIsShownToFollowItsPurpose() {
        String caseId = CaseTables.openCase("OBJECTION");
        standIns.erasure(exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/erasure-plan")) {
                json(exchange, "{\"status\":\"OPEN\",\"requestType\":\"OBJECTION\",\"items\":["
                        + item(7, "mail", "general-correspondence", "OBJECTION_UPHELD", "CONTACT_HANDLING") + ","
                        + item(8, "mail", "general-correspondence", "OBJECTION_AWAITING_DECISION", "CONTACT_HANDLING")
                        + "," + item(9, "conference", "conference-account", "WEAK_MATCH_AWAITING_REVIEW",
                                "CONFERENCE_USE")
                        + "],\"operatorTasks\":[],\"objectionDecisions\":[{\"purpose\":\"CONTACT_HANDLING\","
                        + "\"decision\":\"STOP\",\"grounds\":null}]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        String html = assistant.get(page).asString();

        assertThat(html).contains("Entschieden: Verarbeitung beendet. Jeder Datensatz dieses Zwecks folgt dieser"
                        + " Entscheidung.",
                "nur über den Namen gefunden, noch zu prüfen: 1",
                "„Freigeben“ bestätigt nur, dass sie zur Person gehören",
                "action=\"" + page + "/objection/CONFERENCE_USE/stop\"",
                "action=\"" + page + "/objection/CONFERENCE_USE/continue\"")
                .doesNotContain("action=\"" + page + "/objection/CONTACT_HANDLING/");
    }

    @Test
    void anUnknownPurposeIsNotFound() {
        String caseId = CaseTables.openCase("OBJECTION");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assertThat(assistant.submit(page, page + "/objection/NEWSLETTER/stop", Map.of()).statusCode()).isEqualTo(404);
    }

    private static String item(long id, String store, String category, String reasonCode, String purpose) {
        return item(id, store, category, reasonCode).replace("\"execution\"",
                "\"objectionPurpose\":\"" + purpose + "\",\"execution\"");
    }

    private static String item(long id, String store, String category, String reasonCode) {
        return "{\"id\":" + id + ",\"store\":\"" + store + "\",\"reference\":\"" + store + "/" + id
                + "\",\"retentionCategory\":\"" + category + "\",\"matchStrength\":\"STRONG\",\"action\":\"KEEP\","
                + "\"reasonCode\":\"" + reasonCode + "\",\"holdUntil\":null,\"approval\":\"PENDING\","
                + "\"execution\":\"AWAITING_APPROVAL\"}";
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

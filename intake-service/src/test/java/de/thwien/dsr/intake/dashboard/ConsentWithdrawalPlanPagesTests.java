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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The plan of a consent withdrawal says why a record processed on consent goes: consent was withdrawn (Art. 7(3),
 * 17(1)(b) GDPR), not merely "no retention duty"; a record on another basis without a hold keeps that reason.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@QuarkusTestResource(StandInServices.class)
class ConsentWithdrawalPlanPagesTests {

    StandInServices standIns;

    @AfterEach
    void servicesNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void aRecordErasedBecauseConsentWasWithdrawnSaysSoInGermanAndEnglish() {
        String caseId = CaseTables.openCase("CONSENT_WITHDRAWAL");
        standIns.erasure(exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/erasure-plan")) {
                json(exchange, "{\"status\":\"PLANNED\",\"requestType\":\"CONSENT_WITHDRAWAL\",\"items\":["
                        + item(7, "conference-recording", true) + "," + item(8, "general-correspondence", false)
                        + "],\"operatorTasks\":[]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        String german = assistant.get(page).asString();
        String english = assistant.get(page + "?lang=en").asString();

        assertThat(rowOf(german, 7)).contains("löschen (weil die Einwilligung widerrufen wurde, Art. 7 Abs. 3,"
                + " Art. 17 Abs. 1 lit. b DSGVO)").doesNotContain("keine Aufbewahrungspflicht");
        assertThat(rowOf(german, 8)).contains("löschen (keine Aufbewahrungspflicht)");
        assertThat(rowOf(english, 7)).contains("erase (because consent was withdrawn, Art. 7(3), 17(1)(b) GDPR)");
    }

    @Test
    void anErasureRequestsPlanKeepsTheReasonErasureServiceGave() {
        String caseId = CaseTables.openCase("ERASURE");
        standIns.erasure(exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/erasure-plan")) {
                json(exchange, "{\"status\":\"PLANNED\",\"requestType\":\"ERASURE\",\"items\":["
                        + item(7, "conference-recording", true) + "],\"operatorTasks\":[]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        assertThat(rowOf(assistant.get("/dashboard/cases/" + caseId).asString(), 7))
                .contains("löschen (keine Aufbewahrungspflicht)");
    }

    private static String rowOf(String html, long itemId) {
        int start = html.indexOf("id=\"plan-item-" + itemId + "\"");
        assertThat(start).as("plan item " + itemId + " on the page").isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static String item(long id, String category, boolean consentBased) {
        return "{\"id\":" + id + ",\"store\":\"conference\",\"reference\":\"recordings/" + id
                + "\",\"retentionCategory\":\"" + category + "\",\"matchStrength\":\"STRONG\",\"action\":\"ERASE\","
                + "\"reasonCode\":\"NO_HOLD\",\"holdUntil\":null,\"approval\":\"NOT_REQUIRED\",\"execution\":\"PENDING\","
                + "\"consentBased\":" + consentBased + "}";
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

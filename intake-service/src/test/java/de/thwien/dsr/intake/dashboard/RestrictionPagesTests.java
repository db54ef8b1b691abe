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
    void aRestrictionRequestWithoutAGroundCarriesABadgeOnTheCaseListUntilTheAssistantChoseIt() {
        String caseId = CaseTables.openCase("RESTRICTION");
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("PUT".equals(exchange.getRequestMethod()) && path.endsWith("/restriction/ground")) {
                json(exchange, restriction("\"OBJECTION_PENDING\"", 1, false, true));
            } else if (path.endsWith("/restriction")) {
                json(exchange, restriction("null", 1, false, true));
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assertThat(rowOf(caseId, assistant.get("/dashboard/cases?lang=de&q=" + caseId.substring(0, 8)).asString()))
                .contains("Grund fehlt (Einschränkung)", "Grund der Einschränkung auswählen");
        assertThat(rowOf(caseId, assistant.get("/dashboard/cases?lang=en&q=" + caseId.substring(0, 8)).asString()))
                .contains("Ground missing (restriction)", "Choose the ground of the restriction");
        assertThat(assistant.get(page + "?lang=de").asString()).contains("Grund fehlt (Einschränkung)");

        assertThat(assistant.submit(page, page + "/restriction/ground", Map.of("ground", "OBJECTION_PENDING"))
                .statusCode()).isEqualTo(303);

        assertThat(rowOf(caseId, assistant.get("/dashboard/cases?lang=de&q=" + caseId.substring(0, 8)).asString()))
                .contains("Einschränkung").doesNotContain("Grund fehlt");
        assertThat(assistant.get(page + "?lang=de").asString()).contains("Grund der Einschränkung festgelegt: Widerspruch"
                + " eingelegt, Prüfung der Gründe läuft (Art. 18 Abs. 1 lit. d).");
    }

    @Test
    void onContestedAccuracyThePageSaysTheLiftWaitsForTheCheckAndRecordsTheAssistantsStatementOnTheTimeline() {
        String caseId = CaseTables.openCase("RESTRICTION");
        List<String> statements = new CopyOnWriteArrayList<>();
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("PUT".equals(exchange.getRequestMethod()) && path.endsWith("/restriction/accuracy-check")) {
                statements.add(path + "|" + exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of") + "|"
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                json(exchange, accuracyChecked("RECTIFIED"));
            } else if (path.endsWith("/restriction")) {
                json(exchange, "{\"ground\":\"ACCURACY_CONTESTED\",\"planned\":true,\"restricted\":2,"
                        + "\"lifted\":0,\"liftable\":false,\"groundChangeable\":false,"
                        + "\"liftWaitsForAccuracyCheck\":true}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        String html = assistant.get(page).asString();
        assertThat(html).contains("Prüfung der Richtigkeit (Art. 18 Abs. 1 lit. a DSGVO)",
                "aufheben lässt sie sich erst mit dem Ergebnis",
                "Richtigkeit geprüft: die Daten sind richtig", "Richtigkeit geprüft: die Daten wurden berichtigt",
                "action=\"" + page + "/restriction/accuracy-check\"")
                .doesNotContain("action=\"" + page + "/restriction/lift\"");

        assertThat(assistant.submit(page, page + "/restriction/accuracy-check", Map.of("result", "RECTIFIED",
                "reason", "Anschrift laut Meldebescheinigung im CRM berichtigt")).statusCode()).isEqualTo(303);

        assertThat(statements).containsExactly("/erasure/api/cases/" + caseId + "/restriction/accuracy-check|assistant|"
                + "{\"result\":\"RECTIFIED\",\"reason\":\"Anschrift laut Meldebescheinigung im CRM berichtigt\"}");
        assertThat(assistant.get(page).asString()).contains("Richtigkeit geprüft: die Daten wurden berichtigt."
                + " Begründung: Anschrift laut Meldebescheinigung im CRM berichtigt");
        assertThat(assistant.get(page + "?lang=en").asString()).contains("Accuracy checked: the data were"
                + " rectified. Reason: Anschrift laut Meldebescheinigung im CRM berichtigt");
    }

    @Test
    void aLiftRefusedForTheMissingAccuracyCheckSaysWhatIsMissingInThePagesLanguage() {
        String caseId = CaseTables.openCase("RESTRICTION");
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/restriction/lift")) {
                byte[] problem = ("{\"type\":\"urn:thwien:dsr:refusal:AccuracyCheckMissing\",\"title\":\"Conflict\","
                        + "\"status\":409,\"detail\":\"the lift needs the check's result\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(409, problem.length);
                exchange.getResponseBody().write(problem);
                exchange.close();
            } else if (path.endsWith("/restriction")) {
                json(exchange, restriction("\"ACCURACY_CONTESTED\"", 2, false, false));
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        var refused = assistant.submit(page, page + "/restriction/lift", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("Es fehlt das Ergebnis: entweder eine abgeschlossene Berichtigung");
    }

    @Test
    void aLiftNoticeByPostIsShownAsALetterAndTheAssistantConfirmsItWasPostedOnTheTimeline() {
        String caseId = CaseTables.openCase("RESTRICTION");
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/restriction")) {
                json(exchange, "{\"ground\":\"UNLAWFUL_PROCESSING\",\"planned\":true,\"restricted\":0,"
                        + "\"lifted\":2,\"liftAnnouncedAt\":\"2026-12-01T09:00:00Z\","
                        + "\"liftNoticeSentAt\":\"2026-12-01T09:05:00Z\",\"liftNoticeByPost\":true,"
                        + "\"liftable\":false,\"groundChangeable\":false}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assertThat(assistant.get(page).asString()).contains(
                "Mitteilung nach Art. 18 Abs. 3 als Brief zum Versand übergeben am",
                "Bitte drucken, per Post versenden und den Versand hier bestätigen.",
                "action=\"" + page + "/restriction/letter-posted\"")
                .doesNotContain("Mitteilung nach Art. 18 Abs. 3 versandt am");

        assertThat(assistant.submit(page, page + "/restriction/letter-posted", Map.of()).statusCode())
                .isEqualTo(303);

        assertThat(assistant.get(page).asString()).contains("Brief mit der Mitteilung vor der Aufhebung versandt",
                "Mitteilung vor der Aufhebung der Einschränkung (Art. 18 Abs. 3 DSGVO) als Brief versandt.")
                .doesNotContain("action=\"" + page + "/restriction/letter-posted\"");
    }

    @Test
    void aLetterIsNotConfirmedForANoticeThatWentByMail() {
        String caseId = CaseTables.openCase("RESTRICTION");
        standIns.erasure(exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/restriction")) {
                json(exchange, "{\"ground\":\"UNLAWFUL_PROCESSING\",\"planned\":true,\"restricted\":0,"
                        + "\"lifted\":2,\"liftNoticeSentAt\":\"2026-12-01T09:05:00Z\",\"liftNoticeByPost\":false,"
                        + "\"liftable\":false,\"groundChangeable\":false}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assertThat(assistant.get(page).asString()).doesNotContain("/restriction/letter-posted");
        assertThat(assistant.submit(page, page + "/restriction/letter-posted", Map.of()).statusCode())
                .isEqualTo(409);
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

    private static String accuracyChecked(String result) {
        return "{\"ground\":\"ACCURACY_CONTESTED\",\"planned\":true,\"restricted\":2,\"lifted\":0,"
                + "\"liftable\":true,\"groundChangeable\":false,\"accuracyCheck\":\"" + result + "\","
                + "\"accuracyCheckedBy\":\"assistant\",\"liftWaitsForAccuracyCheck\":false}";
    }

    /** The case list's row of the case (from its link to the end of its row). */
    private static String rowOf(String caseId, String list) {
        int at = list.indexOf("/dashboard/cases/" + caseId);
        assertThat(at).as("the case is listed").isNotNegative();
        int end = list.indexOf("</tr>", at);
        return list.substring(at, end < 0 ? list.length() : end);
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

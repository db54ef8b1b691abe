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
    void onContestedAccuracyTheFormOffersOnlyAccurateAndRecordsTheAssistantsStatementOnTheTimeline() {
        String caseId = CaseTables.openCase("RESTRICTION");
        List<String> statements = new CopyOnWriteArrayList<>();
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("PUT".equals(exchange.getRequestMethod()) && path.endsWith("/restriction/end")) {
                statements.add(path + "|" + exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of") + "|"
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                json(exchange, endStated("ACCURACY_CONTESTED", "CONFIRMED_ACCURATE"));
            } else if (path.endsWith("/restriction")) {
                json(exchange, waitingForEnd("ACCURACY_CONTESTED", "CONFIRMED_ACCURATE"));
            } else if (path.endsWith("/erasure-plan")) {
                json(exchange, "{\"status\":\"COMPLETED\",\"requestType\":\"RESTRICTION\",\"operatorTasks\":[],"
                        + "\"items\":[{\"id\":1,\"store\":\"crm\",\"reference\":\"res_partner/7\","
                        + "\"retentionCategory\":\"customer-master-data\",\"matchStrength\":\"STRONG\","
                        + "\"action\":\"RESTRICT\",\"reasonCode\":\"RESTRICTION_REQUESTED\","
                        + "\"holdUntil\":null,\"approval\":\"NOT_REQUIRED\",\"execution\":\"RESTRICTED\","
                        + "\"consentBased\":false}]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        String html = assistant.get(page + "?lang=de").asString();
        assertThat(html).contains("Feststellen, warum die Einschränkung endet",
                "aufheben lässt sie sich erst mit dem Ergebnis",
                "value=\"CONFIRMED_ACCURATE\"", "Richtigkeit geprüft: die Daten sind richtig",
                "minlength=\"20\"", "action=\"" + page + "/restriction/end\"",
                // the plan row says how long: until the accuracy check, not until some lift
                "auf Antrag eingeschränkt, bis die Prüfung der Richtigkeit abgeschlossen ist (Art. 18 Abs. 1 lit. a)")
                .doesNotContain("value=\"RECTIFIED\"", "Richtigkeit geprüft: die Daten wurden berichtigt",
                        "bis zur Aufhebung")
                .doesNotContain("action=\"" + page + "/restriction/lift\"");

        assertThat(assistant.submit(page, page + "/restriction/end", Map.of("end", "CONFIRMED_ACCURATE",
                "reason", "Anschrift mit dem unterschriebenen Vertrag abgeglichen")).statusCode()).isEqualTo(303);

        assertThat(statements).containsExactly("/erasure/api/cases/" + caseId + "/restriction/end|assistant|"
                + "{\"end\":\"CONFIRMED_ACCURATE\",\"reason\":\"Anschrift mit dem unterschriebenen Vertrag abgeglichen\"}");
        assertThat(assistant.get(page + "?lang=de").asString()).contains("Richtigkeit geprüft: die Daten sind richtig."
                + " Begründung: Anschrift mit dem unterschriebenen Vertrag abgeglichen");
        assertThat(assistant.get(page + "?lang=en").asString()).contains("Accuracy checked: the data are"
                + " accurate. Reason: Anschrift mit dem unterschriebenen Vertrag abgeglichen");
    }

    @Test
    void onAPendingObjectionTheFormAsksForOurOverridingGroundsAndSaysWhatToDoIfHersPrevail() {
        String caseId = CaseTables.openCase("RESTRICTION");
        standIns.erasure(exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/restriction")) {
                json(exchange, waitingForEnd("OBJECTION_PENDING", "OVERRIDING_GROUNDS"));
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assertThat(assistant.get(page + "?lang=de").asString()).contains("value=\"OVERRIDING_GROUNDS\"",
                "Abwägung des Widerspruchs abgeschlossen: unsere zwingenden schutzwürdigen Gründe überwiegen ihre",
                "Unsere zwingenden schutzwürdigen Gründe (mindestens 20 Zeichen; stehen wörtlich in der Mitteilung",
                "Überwiegen ihre Gründe, heben Sie nicht auf: Dann sind die Daten zu löschen")
                .doesNotContain("value=\"CONFIRMED_ACCURATE\"", "value=\"REQUEST_WITHDRAWN\"",
                        "action=\"" + page + "/restriction/lift\"");
    }

    @Test
    void aStatementTheErasureServiceRefusesIsShownInThePagesLanguage() {
        String caseId = CaseTables.openCase("RESTRICTION");
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("PUT".equals(exchange.getRequestMethod()) && path.endsWith("/restriction/end")) {
                problem(exchange, 400, "RestrictionEndReasonTooShort");
            } else if (path.endsWith("/restriction")) {
                json(exchange, waitingForEnd("NEEDED_FOR_LEGAL_CLAIMS", "CLAIMS_NO_LONGER_NEEDED"));
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        var refused = assistant.submit(page, page + "/restriction/end", Map.of("end", "CLAIMS_NO_LONGER_NEEDED",
                "reason", "x"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("Bitte begründen Sie die Feststellung in einem Satz (mindestens 20"
                + " Zeichen");
    }

    @Test
    void aLiftRefusedForTheMissingReasonToEndSaysWhatIsMissingForItsGroundInThePagesLanguage() {
        String caseId = CaseTables.openCase("RESTRICTION");
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/restriction/lift")) {
                problem(exchange, 409, "RestrictionWithdrawalMissing");
            } else if (path.endsWith("/restriction")) {
                json(exchange, restriction("\"UNLAWFUL_PROCESSING\"", 2, false, false));
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        var refused = assistant.submit(page, page + "/restriction/lift", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("Die Einschränkung lässt sich noch nicht aufheben: Die Person hat sie"
                + " statt der Löschung verlangt (Art. 18 Abs. 1 lit. b DSGVO)");
    }

    @Test
    void aLiftRefusedWhileHerAnswerIsPendingSaysSoAndNotThatNothingIsRestricted() {
        String caseId = CaseTables.openCase("RESTRICTION");
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/restriction/lift")) {
                problem(exchange, 409, "RestrictionAnswerPending");
            } else if (path.endsWith("/restriction")) {
                json(exchange, restriction("\"NEEDED_FOR_LEGAL_CLAIMS\"", 18, false, true));
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        var refused = assistant.submit(page, page + "/restriction/lift", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("Die Datensätze sind eingeschränkt, aber die Antwort an die Person ist"
                + " noch nicht verschickt").doesNotContain("nichts aufzuheben");
    }

    @Test
    void afterTheEndOfLegalClaimsRecordsWaitingForTheirErasureAreCountedAndShownAsToBeErasedWithTheirDay() {
        String caseId = CaseTables.openCase("RESTRICTION");
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/restriction")) {
                json(exchange, "{\"ground\":\"NEEDED_FOR_LEGAL_CLAIMS\",\"planned\":true,\"restricted\":0,"
                        + "\"lifted\":0,\"liftAnnouncedAt\":\"2026-12-01T09:00:00Z\","
                        + "\"liftNoticeSentAt\":\"2026-12-01T09:05:00Z\",\"liftable\":false,"
                        + "\"groundChangeable\":false,\"end\":\"CLAIMS_NO_LONGER_NEEDED\",\"awaitingErasure\":1,"
                        + "\"erasureDueOn\":\"2026-12-02\",\"keptUnderHold\":1}");
            } else if (path.endsWith("/erasure-plan")) {
                json(exchange, "{\"status\":\"COMPLETED\",\"requestType\":\"RESTRICTION\",\"operatorTasks\":[],"
                        + "\"items\":[{\"id\":1,\"store\":\"mail\",\"reference\":\"imap://info/INBOX;UID=4\","
                        + "\"retentionCategory\":\"general-correspondence\",\"matchStrength\":\"STRONG\","
                        + "\"action\":\"RESTRICT\",\"reasonCode\":\"NO_HOLD\",\"holdUntil\":\"2026-12-01\","
                        + "\"erasableFrom\":\"2026-12-02\",\"awaitingErasure\":true,"
                        + "\"approval\":\"NOT_REQUIRED\",\"execution\":\"RESTRICTED\",\"consentBased\":false},"
                        + "{\"id\":2,\"store\":\"crm\",\"reference\":\"account_move/7\","
                        + "\"retentionCategory\":\"accounting-voucher\",\"matchStrength\":\"STRONG\","
                        + "\"action\":\"RESTRICT\",\"reasonCode\":\"RETENTION_HOLD\",\"holdUntil\":\"2027-12-31\","
                        + "\"erasableFrom\":\"2028-01-01\",\"awaitingErasure\":false,"
                        + "\"approval\":\"NOT_REQUIRED\",\"execution\":\"RESTRICTED\",\"consentBased\":false}]}");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        org.jsoup.nodes.Document german = org.jsoup.Jsoup.parse(assistant.get(page + "?lang=de").asString());
        assertThat(german.select("#restriction-awaiting-erasure").text()).isEqualTo("1 (fällig ab 2026-12-02)");
        assertThat(german.select("#restriction-kept-under-hold").text()).isEqualTo("1");
        assertThat(german.select("#restriction").text()).contains("Bis zur Löschung eingeschränkte Datensätze",
                "Wegen einer Aufbewahrungspflicht eingeschränkte Datensätze");
        String mailRow = german.select("#plan-item-1").text();
        assertThat(mailRow).contains("wird gelöscht, fällig ab 2026-12-02 (keine Aufbewahrungspflicht)")
                .doesNotContain("einschränken", "2026-12-01");
        assertThat(german.select("#plan-item-2").text()).contains("einschränken", "2027-12-31");
        org.jsoup.nodes.Document english = org.jsoup.Jsoup.parse(assistant.get(page + "?lang=en").asString());
        assertThat(english.select("#restriction-awaiting-erasure").text()).isEqualTo("1 (due from 2026-12-02)");
        assertThat(english.select("#plan-item-1").text()).contains("to be erased, due from 2026-12-02")
                .doesNotContain("restrict (", "2026-12-01");
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
                "action=\"" + page + "/restriction/letter-posted\"",
                // Berlin time as everywhere on the page, never the service's UTC instant
                "2026-12-01 10:00", "2026-12-01 10:05")
                .doesNotContain("Mitteilung nach Art. 18 Abs. 3 versandt am", "2026-12-01T09:00:00Z");

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

    /** Her records restricted on {@code ground}, the lift waiting for the reason it ends ({@code statable}). */
    private static String waitingForEnd(String ground, String statable) {
        return "{\"ground\":\"" + ground + "\",\"planned\":true,\"restricted\":2,\"lifted\":0,"
                + "\"liftable\":false,\"groundChangeable\":false,\"endsStatable\":[\"" + statable + "\"],"
                + "\"liftWaitsForEnd\":true}";
    }

    private static String endStated(String ground, String end) {
        return "{\"ground\":\"" + ground + "\",\"planned\":true,\"restricted\":2,\"lifted\":0,"
                + "\"liftable\":true,\"groundChangeable\":false,\"end\":\"" + end + "\","
                + "\"endStatedBy\":\"assistant\",\"endsStatable\":[\"" + end + "\"],\"liftWaitsForEnd\":false}";
    }

    private static void problem(HttpExchange exchange, int status, String code) throws IOException {
        byte[] problem = ("{\"type\":\"urn:thwien:dsr:refusal:" + code + "\",\"title\":\"Refused\",\"status\":"
                + status + ",\"detail\":\"refused\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, problem.length);
        exchange.getResponseBody().write(problem);
        exchange.close();
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

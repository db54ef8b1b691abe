package de.thwien.dsr.intake.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Art. 16 on the case page: the located records with the fields their store can change and their current values,
 * the requester's words beside them, a form per record for the corrected values or "keine Änderung nötig" with a
 * reason, a supplementary statement for a record that cannot be changed; her entries and the execution go to
 * erasure-service, on her behalf.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@QuarkusTestResource(StandInServices.class)
class RectificationPagesTests {

    StandInServices standIns;

    @AfterEach
    void servicesNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void theCasePageShowsTheRecordsFieldsAndHerWordsAndSendsCorrectionStatementAndExecutionToErasureService() {
        String caseId = given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.77")
                .body("{\"type\":\"RECTIFICATION\",\"email\":\"erika.rect@example.org\",\"name\":\"Erika Mustermann\","
                        + "\"message\":\"Meine Adresse ist falsch: ich wohne jetzt in der Neuen Straße 5.\"}")
                .when().post("/api/requests").then().statusCode(202).extract().path("caseId");
        List<String> calls = new CopyOnWriteArrayList<>();
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod())) {
                calls.add(path.substring(path.indexOf("/rectification")) + "|"
                        + exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of") + "|"
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                json(exchange, path.endsWith("/execute") ? plan() : item());
            } else if (path.endsWith("/rectification")) {
                json(exchange, plan());
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });

        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;
        assertThat(assistant.get(page).asString()).contains("Berichtigung (Art. 16 DSGVO)",
                "Meine Adresse ist falsch: ich wohne jetzt in der Neuen Straße 5.",
                "id=\"rectification-item-3\"", "Alte Gasse 1", "name=\"field.street\"", "Straße", "PLZ",
                "id=\"rectification-no-change-3\"", "id=\"rectification-item-4\"", "ergänzende Erklärung",
                "id=\"rectification-statement-4\"", "id=\"rectification-execute\"");

        assertThat(assistant.submit(page, page + "/rectification/3/correct",
                Map.of("field.street", "Neue Straße 5", "field.zip", "", "field.city", "")).statusCode())
                .isEqualTo(303);
        assertThat(assistant.submit(page, page + "/rectification/4/statement",
                Map.of("text", "Seit März 2026 Neue Straße 5.")).statusCode()).isEqualTo(303);
        assertThat(assistant.submit(page, page + "/rectification/execute", Map.of()).statusCode()).isEqualTo(303);

        assertThat(calls).containsExactly(
                "/rectification/items/3/correct|assistant|{\"values\":{\"street\":\"Neue Straße 5\"}}",
                "/rectification/items/4/statement|assistant|{\"text\":\"Seit März 2026 Neue Straße 5.\"}",
                "/rectification/execute|assistant|");
    }

    @Test
    void aCorrectionErasureServiceRefusesIsShownOnTheCasePage() {
        String caseId = de.thwien.dsr.intake.CaseTables.openCase("RECTIFICATION");
        standIns.erasure(exchange -> {
            if ("POST".equals(exchange.getRequestMethod())) {
                problem(exchange, 400, "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                        + "\"detail\":\"field vat cannot be rectified in this record\"}");
            } else {
                json(exchange, plan());
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        var refused = assistant.submit(page, page + "/rectification/3/correct", Map.of("field.vat", "DE1"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("id=\"action-error\"", "Berichtigung (Art. 16 DSGVO)");
    }

    @Test
    void anotherPersonsAddressIsRefusedAtTheRecordsFormWhichOffersHerConfirmation() {
        String caseId = de.thwien.dsr.intake.CaseTables.openCase("RECTIFICATION");
        List<String> corrections = new CopyOnWriteArrayList<>();
        standIns.erasure(exchange -> {
            if ("POST".equals(exchange.getRequestMethod())) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                corrections.add(body);
                if (body.contains("\"confirmedRequesterControls\":true")) {
                    json(exchange, item());
                    return;
                }
                problem(exchange, 409, "{\"type\":\"urn:thwien:dsr:refusal:CorrectedIdentifierOfOthers\","
                        + "\"title\":\"Conflict\",\"status\":409,\"detail\":\"field email: the corrected value is an"
                        + " identifier of another person's records in crm, mail; it is applied only when the assistant"
                        + " confirms\"}");
            } else {
                json(exchange, plan().replace("\"city\":\"Ratingen\"}", "\"city\":\"Ratingen\",\"email\":\"erika@example.org\"}"));
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        var refused = assistant.submit(page, page + "/rectification/3/correct",
                Map.of("field.email", "lukas.mueller@example.com"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("id=\"rectification-identifier-refused-3\"",
                "gehört bereits zu Datensätzen einer anderen Person in: Kunden- und Rechnungsverwaltung, E-Mail-Postfach",
                "id=\"rectification-confirm-3\"", "name=\"confirmedRequesterControls\"",
                "value=\"lukas.mueller@example.com\"");
        assertThat(refused.asString()).doesNotContain("id=\"rectification-confirm-4\"");

        assertThat(assistant.submit(page, page + "/rectification/3/correct",
                Map.of("field.email", "lukas.mueller@example.com", "confirmedRequesterControls", "true"))
                .statusCode()).isEqualTo(303);
        assertThat(corrections).containsExactly("{\"values\":{\"email\":\"lukas.mueller@example.com\"}}",
                "{\"values\":{\"email\":\"lukas.mueller@example.com\"},\"confirmedRequesterControls\":true}");
    }

    /** Issue #18: the operator's own address has its own reason, and no confirmation is offered: none makes it hers. */
    @Test
    void anAddressOfTheOperatorIsRefusedAsHisWithoutOfferingHerConfirmation() {
        String caseId = de.thwien.dsr.intake.CaseTables.openCase("RECTIFICATION");
        standIns.erasure(exchange -> {
            if ("POST".equals(exchange.getRequestMethod())) {
                exchange.getRequestBody().readAllBytes();
                problem(exchange, 409, "{\"type\":\"urn:thwien:dsr:refusal:CorrectedIdentifierIsOurs\","
                        + "\"title\":\"Conflict\",\"status\":409,\"detail\":\"field email: the corrected value is one"
                        + " of the operator's own addresses, which never becomes a requester's\"}");
            } else {
                json(exchange, plan().replace("\"city\":\"Ratingen\"}", "\"city\":\"Ratingen\",\"email\":\"erika@example.org\"}"));
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        var refused = assistant.submit(page, page + "/rectification/3/correct", Map.of("field.email", "info@thwien.de"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("id=\"rectification-identifier-refused-3\"",
                "Das ist eine Adresse des Betreibers", "value=\"info@thwien.de\"")
                .doesNotContain("id=\"rectification-confirm-3\"", "einer anderen Person");
    }

    @Test
    void aCompletedRectificationShowsEachRecordsOneStateUnderATitleInThePagesLanguage() {
        String caseId = de.thwien.dsr.intake.CaseTables.openCase("RECTIFICATION");
        standIns.erasure(exchange -> json(exchange, """
                {"status":"COMPLETED","items":[
                 {"id":3,"store":"crm","reference":"res_partner/7","summary":"CRM partner #7, created 2019-03-01",
                  "rectifiable":true,"fields":{},"decision":"CORRECT","corrected":{"street":"Neue Straße 5"},
                  "execution":"DONE"},
                 {"id":4,"store":"mail","reference":"imap://info/INBOX;UIDVALIDITY=5/;UID=7",
                  "summary":"Mail in INBOX of 2026-03-03: Umzug","rectifiable":false,"fields":{},"decision":"OPEN",
                  "corrected":{},"execution":"NONE"},
                 {"id":5,"store":"conference","reference":"users/00000000-0000-0000-0000-0000000000a3",
                  "summary":"Greenlight account (greenlight), created 2023-05-05, last login ","rectifiable":true,
                  "fields":{},"decision":"NO_CHANGE","corrected":{},"execution":"NONE"}]}"""));
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        org.jsoup.nodes.Document german = org.jsoup.Jsoup.parse(
                assistant.get("/dashboard/cases/" + caseId + "?lang=de").asString());
        org.jsoup.nodes.Document english = org.jsoup.Jsoup.parse(
                assistant.get("/dashboard/cases/" + caseId + "?lang=en").asString());

        assertThat(german.select(".rectification-item h3").eachText()).containsExactly(
                "Kunden- und Rechnungsverwaltung – Kontakt Nr. 7", "E-Mail-Postfach – E-Mail im Ordner INBOX",
                "Web-Konferenz-Server – Konferenz-Benutzerkonto (Greenlight)");
        assertThat(english.select(".rectification-item h3").eachText()).containsExactly(
                "customer and invoice records – contact no. 7", "mailbox – e-mail in the folder INBOX",
                "web conference server – conference user account (Greenlight)");
        assertThat(german.selectFirst("#rectification-state-3").text())
                .isEqualTo("Stand: berichtigt und durch erneutes Lesen bestätigt");
        assertThat(german.selectFirst("#rectification-state-4").text())
                .isEqualTo("Stand: nicht änderbar – keine ergänzende Erklärung");
        assertThat(german.selectFirst("#rectification-state-5").text()).isEqualTo("Stand: keine Änderung nötig");
        assertThat(english.selectFirst("#rectification-state-4").text())
                .isEqualTo("State: cannot be changed – no supplementary statement");
        assertThat(german.select("#rectification").text()).doesNotContain("noch offen", "wird berichtigt");
        assertThat(german.select("#rectification-statement-4, #rectification-execute")).isEmpty();
    }

    private static String plan() {
        return "{\"status\":\"OPEN\",\"items\":[" + item() + ",{\"id\":4,\"store\":\"mail\",\"reference\":\"imap://x\","
                + "\"summary\":\"E-Mail vom 3. März 2026\",\"rectifiable\":false,\"fields\":{},\"decision\":\"OPEN\","
                + "\"corrected\":{},\"execution\":\"NONE\"}]}";
    }

    private static String item() {
        return "{\"id\":3,\"store\":\"crm\",\"reference\":\"res_partner/7\",\"summary\":\"CRM partner #7\","
                + "\"rectifiable\":true,\"fields\":{\"name\":\"Erika Mustermann\",\"street\":\"Alte Gasse 1\","
                + "\"zip\":\"40885\",\"city\":\"Ratingen\"},\"decision\":\"OPEN\",\"corrected\":{},"
                + "\"execution\":\"NONE\"}";
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        answer(exchange, 200, "application/json", body);
    }

    /** erasure-service's refusal as it sends it: problem+json with its status. */
    private static void problem(HttpExchange exchange, int status, String body) throws IOException {
        answer(exchange, status, "application/problem+json", body);
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

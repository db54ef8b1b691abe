package de.thwien.dsr.intake.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.pages.FormSession;
import de.thwien.dsr.intake.pages.NotifierServiceStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's pages when the services it calls do not answer or refuse: a page still answers, within the
 * timeouts of its calls (3 s each, at most three calls one after the other), and says what is not available or
 * what the other service refused (its status and problem detail).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
// every test class sees the stand-ins (one configuration, one application start); this one makes them misbehave
@QuarkusTestResource(StandInServices.class)
class DashboardWithMisbehavingServicesTests {

    /** Three calls that each run into the 3 s timeout, with room for a slow machine. */
    private static final long WITHIN_MILLIS = 15_000;

    /**
     * Where the decision tests read the session's CSRF token: a page that calls no other service. The case page would
     * wait out erasure-service's timeout once more before each decision is sent (the case page test covers that).
     */
    private static final String TOKEN_PAGE = "/dashboard/register";

    private final MisbehavingServices services = new MisbehavingServices();

    StandInServices standIns;

    NotifierServiceStub notifier;

    @BeforeEach
    void indexAndErasureServiceMisbehave() {
        standIns.index(services.index());
        standIns.erasure(services.erasure());
    }

    @AfterEach
    void servicesNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void overviewAnswersWithinTheTimeoutWhenTheIndexAndErasureServiceDoNotAnswer() {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        Response response = assistant.get("/dashboard");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.timeIn(TimeUnit.MILLISECONDS)).isLessThan(WITHIN_MILLIS);
        assertThat(response.asString()).contains("<h1>Übersicht</h1>", "zurzeit nicht verfügbar");
    }

    @Test
    void casePageAnswersWithinTheTimeoutWhenErasureServiceDoesNotAnswer() {
        String caseId = CaseTables.openCase("ERASURE");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        Response response = assistant.get("/dashboard/cases/" + caseId);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.timeIn(TimeUnit.MILLISECONDS)).isLessThan(WITHIN_MILLIS);
        assertThat(response.asString()).contains("Löschplan: zurzeit nicht verfügbar");
    }

    @Test
    void planDecisionRefusedByErasureServiceShowsItsStatusAndProblemDetail() {
        String caseId = CaseTables.openCase("ERASURE");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        Response response = assistant.submit(TOKEN_PAGE, page + "/plan/7/approve?lang=en", Map.of());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.timeIn(TimeUnit.MILLISECONDS)).isLessThan(WITHIN_MILLIS);
        assertThat(response.asString()).contains("HTTP 409): " + MisbehavingServices.DECISION_REFUSED);
    }

    @Test
    void planDecisionRefusedByErasureServiceShowsNoEnglishDetailOnAGermanPage() {
        String caseId = CaseTables.openCase("ERASURE");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        Response response = assistant.submit(TOKEN_PAGE, page + "/plan/7/approve", Map.of());

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.asString()).contains("erasure-service hat die Aktion abgelehnt (HTTP 409).")
                .doesNotContain(MisbehavingServices.DECISION_REFUSED);
    }

    @Test
    void aRefusalErasureServiceNamesIsWordedInThePagesLanguage() {
        String caseId = CaseTables.openCase("ERASURE");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        Response german = assistant.submit(TOKEN_PAGE, page + "/plan/7/decline", Map.of("reasonCode", "OTHER", "reason", "x"));
        Response english = assistant.submit(TOKEN_PAGE, page + "/plan/7/decline?lang=en",
                Map.of("reasonCode", "OTHER", "reason", "x"));

        assertThat(german.statusCode()).isEqualTo(409);
        assertThat(german.asString()).contains("Der Eintrag des Löschplans ist nicht mehr in einem Stand, der diese"
                + " Entscheidung zulässt").doesNotContain(MisbehavingServices.DECISION_REFUSED);
        assertThat(english.asString()).contains("This erasure plan item is no longer in a state that allows this"
                + " decision");
    }

    @Test
    void planDecisionGoesWithTheServiceLoginOnBehalfOfTheLoggedInAssistant() {
        String caseId = CaseTables.openCase("ERASURE");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assistant.submit(TOKEN_PAGE, page + "/plan/7/decline", Map.of("reasonCode", "OTHER", "reason", "not hers"));

        String login = StandInServices.USERNAME + ":" + StandInServices.PASSWORD;
        assertThat(services.decisions()).filteredOn(decision -> decision.path().contains(caseId)).containsExactly(new MisbehavingServices.Decision(
                "/erasure/api/cases/" + caseId + "/erasure-plan/items/7/decline",
                "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)), "assistant"));
    }

    @Test
    void printViewRefusedByTheNotifierShowsItsStatusInGermanAndItsProblemDetailOnlyOnAnEnglishPage() {
        String caseId = CaseTables.openCase("ACCESS");
        String deliveryId = UUID.randomUUID().toString();
        notifier.prepare(caseId, deliveryId, false, "Ihre Datenschutzanfrage ist eingegangen", "Guten Tag,");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        Response german = assistant.get("/dashboard/printable-notices/" + deliveryId);
        Response english = assistant.get("/dashboard/printable-notices/" + deliveryId + "?lang=en");

        assertThat(german.statusCode()).isEqualTo(409);
        assertThat(german.asString()).contains("notifier-service hat die Aktion abgelehnt (HTTP 409).")
                .doesNotContain("This notice is sent by mail.");
        assertThat(english.statusCode()).isEqualTo(409);
        assertThat(english.asString()).contains("This notice is sent by mail.");
    }
}

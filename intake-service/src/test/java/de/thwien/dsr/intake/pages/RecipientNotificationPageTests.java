package de.thwien.dsr.intake.pages;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The case page shows the Art. 19 notifications notifier-service recorded for the case, a failed instruction mail
 * among them, and the assistant confirms a recipient she told herself with the day and how.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@QuarkusTestResource(NotifierServiceStub.class)
class RecipientNotificationPageTests {

    NotifierServiceStub notifier;

    @Test
    void theCasePageShowsEveryRecipientAndAFailedInstructionAsAnError() {
        String caseId = CaseTables.openCase("ERASURE");
        notifier.prepareRecipient(caseId, UUID.randomUUID().toString(), "sipgate GmbH", "MAIL", "FAILED");
        notifier.prepareRecipient(caseId, UUID.randomUUID().toString(), "Hetzner Online GmbH", "HOSTING", "COVERED");

        String page = FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard/cases/" + caseId)
                .asString();

        assertThat(page).contains("Empfänger (Art. 19 DSGVO)", "sipgate GmbH", "Weisung per E-Mail",
                "<td class=\"error\">E-Mail fehlgeschlagen – bitte anders benachrichtigen und hier bestätigen",
                "Hetzner Online GmbH", "durch die Löschung auf unseren Servern erledigt");
    }

    @Test
    void aRecipientCoveredOnOurServersIsCoveredByTheChangeTheRequestBroughtNotByAnErasure() {
        String restriction = CaseTables.openCase("RESTRICTION");
        String rectification = CaseTables.openCase("RECTIFICATION");
        notifier.prepareRecipient(restriction, UUID.randomUUID().toString(), "Hetzner Online GmbH", "HOSTING",
                "COVERED");
        notifier.prepareRecipient(rectification, UUID.randomUUID().toString(), "Hetzner Online GmbH", "HOSTING",
                "COVERED");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        assertThat(assistant.get("/dashboard/cases/" + restriction).asString())
                .contains("durch die Einschränkung auf unseren Servern erledigt").doesNotContain("durch die Löschung");
        assertThat(assistant.get("/dashboard/cases/" + rectification).asString())
                .contains("durch die Berichtigung auf unseren Servern erledigt").doesNotContain("durch die Löschung");
        assertThat(assistant.get("/dashboard/cases/" + restriction + "?lang=en").asString())
                .contains("covered by the restriction on our servers");
    }

    @Test
    void theAssistantConfirmsAManualRecipientWithTheDayAndHowAndThePageShowsIt() {
        String caseId = CaseTables.openCase("ERASURE");
        String taxAdviser = UUID.randomUUID().toString();
        notifier.prepareRecipient(caseId, taxAdviser, "Steuerkanzlei Muster & Partner", "MANUAL", "OPEN");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assertThat(assistant.get("/dashboard/cases/" + caseId).asString())
                .contains("offen – bitte benachrichtigen und hier bestätigen");

        Response response = assistant.submit("/dashboard/cases/" + caseId,
                "/dashboard/cases/" + caseId + "/recipients/" + taxAdviser + "/confirmation",
                Map.of("informedOn", "2026-12-01", "channel", "Brief"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/dashboard/cases/" + caseId + "?done=recipient");
        assertThat(notifier.confirmations()).filteredOn(confirmation -> taxAdviser.equals(confirmation.getString("id")))
                .singleElement().satisfies(confirmation -> assertThat(confirmation.getMap())
                        .containsEntry("informedOn", "2026-12-01").containsEntry("channel", "Brief"));
        assertThat(assistant.get("/dashboard/cases/" + caseId).asString())
                .contains("benachrichtigt am 2026-12-01 (Brief)");
    }

    @Test
    void aConfirmationNotifierServiceRefusesIsShownOnTheCasePage() {
        String caseId = CaseTables.openCase("ERASURE");
        String hosting = UUID.randomUUID().toString();
        notifier.prepareRecipient(caseId, hosting, "Hetzner Online GmbH", "HOSTING", "COVERED");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        Response response = assistant.submit("/dashboard/cases/" + caseId,
                "/dashboard/cases/" + caseId + "/recipients/" + hosting + "/confirmation",
                Map.of("informedOn", "2026-12-01", "channel", "Brief"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.asString()).contains("HTTP 409");
    }
}

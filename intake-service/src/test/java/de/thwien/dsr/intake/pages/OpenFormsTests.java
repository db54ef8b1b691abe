package de.thwien.dsr.intake.pages;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A form stays valid while its browser opens other pages (another case in a second tab, the case list, the
 * registration form): the CSRF cookie keeps its token across pages. A form whose token is no longer its cookie's
 * (the cookie expired, or the form came from another browser) changes nothing and gets a page that says so in the
 * visitor's language, not a bare 400.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class OpenFormsTests {

    @Inject
    Pool pool;

    @Test
    void aDashboardFormLoadedBeforeOtherPagesIsStillTaken() {
        String caseId = CaseTables.openCase("ACCESS");
        String otherCase = CaseTables.openCase("ERASURE");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;
        String token = assistant.csrfToken(page);

        assertThat(assistant.get("/dashboard/cases/" + otherCase).statusCode()).isEqualTo(200);
        assertThat(assistant.get("/dashboard/cases").statusCode()).isEqualTo(200);
        assertThat(assistant.get("/dashboard/register").statusCode()).isEqualTo(200);
        Response response = assistant.post(page + "/actions/note",
                Map.of("text", "written after opening other pages", "csrf-token", token));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(new CaseTables(pool).timelineEntries(caseId, "NOTE")).isOne();
    }

    @Test
    void theRequestFormLoadedBeforeAnotherPageIsStillTaken() {
        FormSession visitor = FormSession.anonymous();
        String token = visitor.csrfToken("/request");
        long casesBefore = caseCount();

        assertThat(visitor.get("/request?lang=en").statusCode()).isEqualTo(200);
        Response response = visitor.postWithHeader("/request", "X-Forwarded-For", CaseTables.uniqueClientAddress(),
                Map.of("type", "ACCESS", "email", CaseTables.uniqueEmail(), "csrf-token", token));

        assertThat(response.statusCode()).isLessThan(400);
        assertThat(caseCount()).isEqualTo(casesBefore + 1);
    }

    @Test
    void aFormWhoseCookieExpiredChangesNothingAndGetsAGermanPageToReload() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;
        String token = assistant.csrfToken(page);
        assistant.forgetCookie("dsr-csrf");

        Response response = assistant.post(page + "/actions/note", Map.of("text", "too late", "csrf-token", token));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("text/html");
        Document answer = Jsoup.parse(response.asString());
        assertThat(answer.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(answer.getElementById("form-expired").text()).startsWith("Formular abgelaufen, bitte neu laden");
        assertThat(new CaseTables(pool).timelineEntries(caseId, "NOTE")).isZero();
    }

    @Test
    void aFormWithAnotherBrowsersTokenChangesNothingAndGetsThePageInTheVisitorsLanguage() {
        String foreignToken = FormSession.anonymous().csrfToken("/request");
        FormSession visitor = FormSession.anonymous();
        visitor.get("/request?lang=en");
        long casesBefore = caseCount();

        Response response = visitor.postWithHeader("/request", "X-Forwarded-For", CaseTables.uniqueClientAddress(),
                Map.of("type", "ACCESS", "email", CaseTables.uniqueEmail(), "csrf-token", foreignToken));

        assertThat(response.statusCode()).isEqualTo(400);
        Document answer = Jsoup.parse(response.asString());
        assertThat(answer.getElementById("form-expired").text()).startsWith("Form expired, please reload");
        assertThat(caseCount()).isEqualTo(casesBefore);
    }

    @Test
    void aClientThatDoesNotAskForAPageGetsAProblemForAnOutOfDateToken() {
        FormSession visitor = FormSession.anonymous();
        String token = visitor.csrfToken("/request");
        visitor.forgetCookie("dsr-csrf");

        // as curl sends it: any media type, no page asked for
        Response response = visitor.request().accept("*/*")
                .header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token)
                .formParam("type", "ACCESS").formParam("email", CaseTables.uniqueEmail()).when().post("/request");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private long caseCount() {
        return pool.preparedQuery("select count(*) from dsr_case").execute().await().indefinitely().iterator().next()
                .getLong(0);
    }
}

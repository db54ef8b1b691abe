package de.thwien.dsr.intake.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The overview shows erasure-service's last restore check in words ("nach Wiederherstellung erneut gelöscht: 3
 * E-Mails, 1 CRM-Datensatz" or "nichts wiederhergestellt"), and its button runs the check in erasure-service and
 * comes back to the overview with the new report.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@QuarkusTestResource(StandInServices.class)
class RestoreCheckOverviewTests {

    private static final String NOTHING_RESTORED = """
            {"id":4,"trigger":"scheduled","startedAt":"2026-12-05T23:00:00Z","finishedAt":"2026-12-05T23:00:02Z",
             "ledgerEntries":12,"reErased":0,"reRestricted":0,"failed":0,"counts":[],"unavailableStores":[],
             "reapplied":[]}""";

    /** The run after the restore: three mails and one CRM row erased again, one mail restricted again. */
    private static final String AFTER_RESTORE = """
            {"id":5,"trigger":"on demand","startedAt":"2026-12-07T09:15:00Z","finishedAt":"2026-12-07T09:15:04Z",
             "ledgerEntries":12,"reErased":4,"reRestricted":1,"failed":0,
             "counts":[{"store":"crm","action":"ERASED","count":1},{"store":"mail","action":"ERASED","count":3},
                       {"store":"mail","action":"RESTRICTED","count":1}],
             "unavailableStores":["conference"],"reapplied":[]}""";

    StandInServices standIns;

    @AfterEach
    void servicesNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void theOverviewShowsTheLastRestoreCheckAndItsButtonRunsANewOneAndShowsItsReport() {
        AtomicReference<String> last = new AtomicReference<>(NOTHING_RESTORED);
        List<String> runs = new CopyOnWriteArrayList<>();
        standIns.erasure(exchange -> {
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.equals("/erasure/api/restore-check")) {
                runs.add(exchange.getRequestHeaders().getFirst("Authorization") == null ? "anonymous" : "service");
                last.set(AFTER_RESTORE);
                json(exchange, 200, AFTER_RESTORE);
            } else if ("GET".equals(exchange.getRequestMethod())
                    && path.equals("/erasure/api/restore-check/last")) {
                json(exchange, 200, last.get());
            } else {
                json(exchange, 404, "{}");
            }
        });
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        Document before = Jsoup.parse(assistant.get("/dashboard").asString());
        assertThat(before.getElementById("restore-check-report").text())
                .isEqualTo("Wiederherstellungs-Prüfung vom 2026-12-06 00:00: nichts wiederhergestellt");
        assertThat(before.getElementById("restore-check-run").text()).isEqualTo("Wiederherstellungs-Prüfung starten");

        Response started = assistant.submit("/dashboard", "/dashboard/restore-check", Map.of());

        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.header("Location")).endsWith("/dashboard?done=restore-check");
        assertThat(runs).containsExactly("service");
        Document after = Jsoup.parse(assistant.get("/dashboard?done=restore-check").asString());
        assertThat(after.getElementById("restore-check-done").text()).isEqualTo("Wiederherstellungs-Prüfung ausgeführt.");
        assertThat(after.getElementById("restore-check-report").text()).isEqualTo(
                "Wiederherstellungs-Prüfung vom 2026-12-07 10:15: nach Wiederherstellung erneut gelöscht: "
                        + "1 CRM-Datensatz, 3 E-Mails; nach Wiederherstellung erneut eingeschränkt: 1 E-Mail; "
                        + "nicht geprüft, da nicht erreichbar: Web-Konferenz-Server");

        Document english = Jsoup.parse(assistant.get("/dashboard?lang=en").asString());
        assertThat(english.getElementById("restore-check-report").text()).isEqualTo(
                "Restore check of 2026-12-07 10:15: erased again after restore: 1 CRM record, 3 e-mails; "
                        + "restricted again after restore: 1 e-mail; not checked, unreachable: web conference server");
        assertThat(english.getElementById("restore-check-run").text()).isEqualTo("Start restore check");
    }

    @Test
    void beforeTheFirstRunTheOverviewSaysSoAndWithoutErasureServiceItSaysNotAvailable() {
        standIns.erasure(exchange -> json(exchange, 404, "{}"));
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        assertThat(Jsoup.parse(assistant.get("/dashboard").asString()).getElementById("restore-check-report").text())
                .isEqualTo("Noch keine Wiederherstellungs-Prüfung.");

        standIns.reset();
        assertThat(Jsoup.parse(assistant.get("/dashboard").asString()).getElementById("restore-check-report").text())
                .isEqualTo("zurzeit nicht verfügbar");
        Response notStarted = assistant.submit("/dashboard", "/dashboard/restore-check", Map.of());
        assertThat(notStarted.statusCode()).isEqualTo(303);
        assertThat(notStarted.header("Location")).endsWith("/dashboard?done=restore-check-unavailable");
        assertThat(Jsoup.parse(assistant.get("/dashboard?done=restore-check-unavailable").asString())
                .getElementById("restore-check-unavailable").text()).isEqualTo("Die Wiederherstellungs-Prüfung wurde"
                        + " nicht gestartet: erasure-service ist zurzeit nicht erreichbar. Bitte später erneut versuchen.");
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }
}

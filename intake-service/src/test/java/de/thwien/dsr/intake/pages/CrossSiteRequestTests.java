package de.thwien.dsr.intake.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.EndpointAccessContract;
import de.thwien.dsr.infra.test.HeadlessChromium;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.dashboard.StandInServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cross-site request forgery from a same-site page, in a real browser: the owner is logged in to the dashboard
 * in headless Chromium, then opens a page served from another port of the same loopback address. Same-site, so his
 * SameSite=Strict session cookie goes with the page's no-cors posts. None of them may change anything.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class CrossSiteRequestTests {

    /** Every state-changing dashboard operation with the values its path takes. */
    private static final Map<String, List<String>> ACTIONS = Map.ofEntries(
            Map.entry("POST /dashboard/cases/{id}/actions/{action}",
                    List.of("verify", "verification-link", "extend", "reject", "note", "close", "read", "follow-up",
                            "other-channel", "type")),
            Map.entry("POST /dashboard/cases/{id}/plan/{itemId}/{decision}",
                    List.of("approve", "redact", "decline", "reclassify", "pin")),
            Map.entry("POST /dashboard/cases/{id}/objection/{purpose}/{decision}", List.of("stop", "continue")),
            Map.entry("POST /dashboard/cases/{id}/operator-tasks/{taskId}/done", List.of("")),
            Map.entry("POST /dashboard/cases/{id}/restriction/{action}",
                    List.of("ground", "end", "lift", "letter-posted")),
            Map.entry("POST /dashboard/cases/{id}/rectification/{itemId}/{decision}",
                    List.of("correct", "no-change", "statement")),
            Map.entry("POST /dashboard/cases/{id}/rectification/execute", List.of("")),
            Map.entry("POST /dashboard/operator-tasks/{taskId}/done", List.of("")),
            Map.entry("POST /dashboard/restore-check", List.of("")),
            Map.entry("POST /dashboard/cases/{id}/recipients/{notificationId}/confirmation", List.of("")),
            Map.entry("POST /dashboard/cases/{id}/name-matches/{matchId}/{decision}", List.of("confirm", "reject")),
            Map.entry("POST /dashboard/dead-letters/{id}/replay", List.of("")),
            Map.entry("POST /dashboard/dead-letters/{id}/handled", List.of("")),
            Map.entry("POST /dashboard/triage/{id}/{action}", List.of("attach", "open-case", "handled")),
            Map.entry("POST /dashboard/register", List.of("")),
            Map.entry("POST /dashboard/suggestions/{id}/case", List.of("")),
            Map.entry("POST /dashboard/logout", List.of("")));

    /** How the forged posts are sent: every kind a page may send without asking the server first (no preflight). */
    private static final String ATTACKS = """
            const variants = [
              {},
              {headers: {'Content-Type': 'text/plain'}, body: 'text=forged'},
              {headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: FORM},
              {headers: {'Content-Type': 'APPLICATION/X-WWW-FORM-URLENCODED'}, body: FORM},
              {headers: {'Content-Type': 'multipart/form-data; boundary=b'},
               body: '--b\\r\\nContent-Disposition: form-data; name="text"\\r\\n\\r\\nforged\\r\\n--b--\\r\\n'},
              {body: new URLSearchParams(FORM)}
            ];
            async function forge(url) {
              for (const variant of variants) {
                try {
                  await fetch(url, Object.assign({method: 'POST', mode: 'no-cors', credentials: 'include'}, variant));
                } catch (e) { /* an opaque failure is fine: the point is what the server did */ }
              }
            }
            (async () => {
              for (const url of TARGETS) { await forge(url); }
              await forge(LOGOUT);
              document.title = 'done';
            })();
            """;

    @Inject
    Pool pool;

    private final ErasureServiceStub erasureService = new ErasureServiceStub();
    private final SubjectIndexServiceStub subjectIndex = new SubjectIndexServiceStub();

    StandInServices standIns;

    NotifierServiceStub notifierService;

    @BeforeEach
    void erasureAndSubjectIndexRecordDecisions() {
        standIns.erasure(erasureService);
        standIns.index(subjectIndex);
    }

    @AfterEach
    void erasureAndSubjectIndexNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void theTestCoversEveryStateChangingDashboardOperation() {
        List<String> dashboardPosts = EndpointAccessContract.operations().stream()
                .filter(operation -> operation.startsWith("POST /dashboard")).toList();

        assertThat(ACTIONS.keySet()).containsExactlyInAnyOrderElementsOf(dashboardPosts);
    }

    @Test
    void postsFromASameSitePageOnAnotherPortChangeNothing() throws Exception {
        // a case whose kind is not set yet, so that the forged "type" could set it
        String caseId = CaseTables.registerUnclassifiedLetter();
        CaseTables tables = new CaseTables(pool);
        List<String> timelineBefore = tables.timeline(caseId);
        String statusBefore = tables.status(caseId);
        String dashboard = "http://127.0.0.1:" + RestAssured.port;
        long deadLetterId = openDeadLetter();
        long triageItemId = openTriageItem(caseId);
        long casesBefore = caseCount();
        // the forged confirmation names the case's id as the notification's (every id in the forged paths is the case's)
        notifierService.prepareRecipient(caseId, caseId, "Steuerkanzlei Muster & Partner", "MANUAL", "OPEN");
        HttpServer attacker = attackerPage(dashboard, caseId, deadLetterId, triageItemId);
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            // the owner may do everything the dashboard offers, the dead letters' replay and handled included
            browser.logIn(dashboard, "owner", "demo-owner");

            browser.openAndAwaitTitle("http://127.0.0.1:" + attacker.getAddress().getPort() + "/", "done");

            assertThat(tables.timeline(caseId)).isEqualTo(timelineBefore);
            assertThat(tables.status(caseId)).isEqualTo(statusBefore);
            assertThat(tables.outboxEvents(caseId, "request.classified")).as("the kind of request not set").isZero();
            assertThat(erasureService.decisions()).isEmpty();
            assertThat(notifierService.confirmations()).as("no recipient confirmed").isEmpty();
            assertThat(subjectIndex.decisions()).as("no name match decided").isEmpty();
            assertThat(deadLetterStatus(deadLetterId)).isEqualTo("OPEN");
            assertThat(triageItemHandledBy(triageItemId)).as("the triage item stays open").isNull();
            assertThat(caseCount()).as("no request registered").isEqualTo(casesBefore);
            assertThat(browser.addressAfterOpening(dashboard + "/dashboard")).endsWith("/dashboard");
        } finally {
            attacker.stop(0);
        }
    }

    private long openDeadLetter() {
        return pool.preparedQuery("""
                insert into dead_letter (dlq_topic, dlq_partition, dlq_offset, original_topic, dead_lettered_at,
                                         recorded_at, record_headers)
                values ('dsr.notices.dlq', 0, -1 - (select count(*) from dead_letter), 'dsr.notices', now(), now(), '[]')
                returning id""").execute().await().indefinitely().iterator().next().getLong(0);
    }

    /** A mail naming the case from another address, waiting in triage. */
    private long openTriageItem(String caseId) {
        return pool.preparedQuery("""
                insert into mail_intake_failure (message_id, folder, reason, kind, case_id, recorded_at)
                values ('<forged@example.org>', 'DSR-Triage', 'names a case', 'REPLY_FROM_OTHER_ADDRESS', $1, now())
                returning id""").execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely()
                .iterator().next().getLong(0);
    }

    private String triageItemHandledBy(long id) {
        return pool.preparedQuery("select handled_by from mail_intake_failure where id = $1").execute(Tuple.of(id))
                .await().indefinitely().iterator().next().getString(0);
    }

    private long caseCount() {
        return pool.preparedQuery("select count(*) from dsr_case").execute().await().indefinitely().iterator().next()
                .getLong(0);
    }

    private String deadLetterStatus(long id) {
        return pool.preparedQuery("select status from dead_letter where id = $1").execute(Tuple.of(id))
                .await().indefinitely().iterator().next().getString(0);
    }

    /** A page on another port of the same address that posts to every dashboard action, then logs out. */
    private static HttpServer attackerPage(String dashboard, String caseId, long deadLetterId, long triageItemId)
            throws Exception {
        String targets = ACTIONS.entrySet().stream().filter(action -> !action.getKey().endsWith("/logout"))
                .flatMap(action -> action.getValue().stream().map(value -> dashboard
                        + EndpointAccessContract.concretePath(action.getKey()).replaceAll(
                                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", caseId)
                                .replaceFirst("/plan/[^/]+/[^/]+$", "/plan/7/" + value)
                                .replaceFirst("/objection/[^/]+/[^/]+$", "/objection/CONTACT_HANDLING/" + value)
                                .replaceFirst("/operator-tasks/[^/]+/done$", "/operator-tasks/7/done")
                                .replaceFirst("/restriction/[^/]+$", "/restriction/" + value)
                                .replaceFirst("/name-matches/[^/]+/[^/]+$", "/name-matches/7/" + value)
                                .replaceFirst("/actions/[^/]+$", "/actions/" + value)
                                .replaceFirst("/dead-letters/[^/]+/", "/dead-letters/" + deadLetterId + "/")
                                .replaceFirst("/triage/[^/]+/[^/]+$", "/triage/" + triageItemId + "/" + value)))
                .map(url -> "'" + url + "'").collect(Collectors.joining(", ", "[", "]"));
        String page = "<!doctype html><html><head><title>forging</title></head><body><script>\n"
                + "const FORM = 'text=forged&note=forged&reasonCode=OTHER&reason=forged&category=x&grounds=forged&until=2030-01-01"
                + "&ground=UNLAWFUL_PROCESSING&result=RECTIFIED&type=ERASURE&channel=LETTER&receivedAt=2026-12-01T10:00&informedOn=2026-12-01';\n"
                + "const TARGETS = " + targets + ";\n"
                + "const LOGOUT = '" + dashboard + "/dashboard/logout';\n"
                + ATTACKS + "</script></body></html>";
        byte[] html = page.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        server.start();
        return server;
    }
}

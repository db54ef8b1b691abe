package de.thwien.dsr.admin.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.thwien.dsr.admin.ToolRun;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** restore-check runs erasure-service's restore check as the owner and prints its report; --last only reads it. */
class RestoreCheckCommandTest {

    private static final String REPORT = """
            {"id":7,"trigger":"on demand","startedAt":"2026-12-07T09:15:00Z","finishedAt":"2026-12-07T09:15:04Z",
             "ledgerEntries":12,"reErased":4,"reRestricted":1,"failed":0,
             "counts":[{"store":"crm","action":"ERASED","count":1},{"store":"mail","action":"ERASED","count":3},
                       {"store":"mail","action":"RESTRICTED","count":1}],
             "unavailableStores":["conference"],
             "reapplied":[{"store":"crm","action":"ERASED","caseId":"6f1c2d7e-0000-4000-8000-000000000001",
                           "itemId":41,"succeeded":true,"proof":"record gone"}]}""";

    private static final String NOTHING = """
            {"id":6,"trigger":"scheduled","startedAt":"2026-12-06T23:00:00Z","finishedAt":"2026-12-06T23:00:02Z",
             "ledgerEntries":12,"reErased":0,"reRestricted":0,"failed":0,"counts":[],"unavailableStores":[],
             "reapplied":[]}""";

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile boolean neverRun;
    private HttpServer erasureService;

    @BeforeEach
    void standInForErasureService() throws IOException {
        erasureService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        erasureService.createContext("/", exchange -> {
            String login = new String(Base64.getDecoder().decode(exchange.getRequestHeaders()
                    .getFirst("Authorization").substring("Basic ".length())), StandardCharsets.UTF_8);
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + login);
            if (!login.equals("owner:owner-secret")) {
                answer(exchange, 401, "{\"title\":\"Unauthorized\"}");
            } else if (exchange.getRequestMethod().equals("POST")
                    && exchange.getRequestURI().getPath().equals("/api/restore-check")) {
                answer(exchange, 200, REPORT);
            } else if (exchange.getRequestURI().getPath().equals("/api/restore-check/last")) {
                answer(exchange, neverRun ? 404 : 200, neverRun ? "{\"title\":\"Not Found\"}" : NOTHING);
            } else {
                answer(exchange, 404, "{\"title\":\"Not Found\"}");
            }
        });
        erasureService.start();
    }

    @AfterEach
    void stop() {
        if (erasureService != null) {
            erasureService.stop(0);
        }
    }

    @Test
    void runsTheCheckAsTheOwnerAndPrintsWhatWasErasedOrRestrictedAgainPerStore() {
        ToolRun run = ToolRun.withStdin("owner-secret\n", "restore-check", "--url", url(), "--password-stdin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(calls).containsExactly("POST /api/restore-check owner:owner-secret");
        assertThat(run.out()).contains("restore check #7 (on demand), 2026-12-07T09:15:00Z to 2026-12-07T09:15:04Z:"
                        + " 12 ledger entries checked",
                "erased again: 4, restricted again: 1, failed: 0",
                "mail       ERASED     3", "crm        ERASED     1", "mail       RESTRICTED 1",
                "not checked (unreachable): conference",
                "case 6f1c2d7e-0000-4000-8000-000000000001 item 41  crm ERASED  done: record gone")
                .doesNotContain("nothing restored");
    }

    @Test
    void lastPrintsTheLastReportWithoutRunningTheCheck() {
        ToolRun run = ToolRun.withStdin("owner-secret\n", "restore-check", "--last", "--url", url(),
                "--password-stdin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(calls).containsExactly("GET /api/restore-check/last owner:owner-secret");
        assertThat(run.out()).contains("restore check #6 (scheduled)",
                "nothing restored: no erased or restricted record is back",
                "erased again: 0, restricted again: 0, failed: 0");
    }

    @Test
    void lastBeforeAnyRunSaysSoAndEndsWell() {
        neverRun = true;

        ToolRun run = ToolRun.withStdin("owner-secret\n", "restore-check", "--last", "--url", url(),
                "--password-stdin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("no restore check has run yet").doesNotContain("404");
    }

    @Test
    void aRefusalOrAnUnreachableServiceEndsWithExitCodeOneAndSaysWhy() {
        ToolRun refused = ToolRun.withStdin("wrong\n", "restore-check", "--url", url(), "--password-stdin");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("dsr-admin: POST /api/restore-check answered 401 Unauthorized");

        String gone = url();
        erasureService.stop(0);
        erasureService = null;
        ToolRun unreachable = ToolRun.withStdin("owner-secret\n", "restore-check", "--url", gone,
                "--password-stdin");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err()).contains("erasure-service at " + gone + " is not reachable");
    }

    private String url() {
        return "http://127.0.0.1:" + erasureService.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        exchange.close();
    }
}

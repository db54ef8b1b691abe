package de.thwien.dsr.intake.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for erasure-service's assistant API in the browser scenario (intake's tests run without the other
 * services): every case has a plan with one STRONG item erased automatically and one WEAK-match item waiting for
 * approval. It records the decisions it receives and the login they came with.
 */
public class ErasureServiceStub implements QuarkusTestResourceLifecycleManager {

    /** "METHOD path|Authorization" of each decision received. */
    static final List<String> DECISIONS = new CopyOnWriteArrayList<>();
    static final long WEAK_ITEM = 11;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/", this::handle);
        server.start();
        return Map.of("dsr.dashboard.erasure-base-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "dsr.dashboard.service-username", "assistant",
                "dsr.dashboard.service-password", "demo-assistant");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String caseId = path.replaceAll("^/api/cases/([^/]+)/.*$", "$1");
        if ("POST".equals(exchange.getRequestMethod()) && path.endsWith("/items/" + WEAK_ITEM + "/approve")) {
            DECISIONS.add("POST " + path + "|" + exchange.getRequestHeaders().getFirst("Authorization"));
            respond(exchange, 200, item(WEAK_ITEM, "WEAK", "APPROVED", "PENDING"));
        } else if ("GET".equals(exchange.getRequestMethod()) && path.endsWith("/erasure-plan")) {
            boolean approved = DECISIONS.stream().anyMatch(decision -> decision.contains(caseId));
            respond(exchange, 200, "{\"caseId\":\"" + caseId + "\",\"requestType\":\"ERASURE\","
                    + "\"status\":\"AWAITING_APPROVAL\",\"plannedAt\":\"2026-11-20T09:00:00Z\",\"items\":["
                    + item(7, "STRONG", "AUTO", "ERASED") + ","
                    + item(WEAK_ITEM, "WEAK", approved ? "APPROVED" : "PENDING",
                            approved ? "PENDING" : "AWAITING_APPROVAL") + "]}");
        } else {
            respond(exchange, 404, "{\"status\":404,\"detail\":\"not found\"}");
        }
    }

    private static String item(long id, String match, String approval, String execution) {
        return "{\"id\":" + id + ",\"store\":\"mail\",\"reference\":\"INBOX/" + (4700 + id) + "\","
                + "\"retentionCategory\":\"plain-mail\",\"matchStrength\":\"" + match + "\",\"action\":\"ERASE\","
                + "\"holdUntil\":null,\"approval\":\"" + approval + "\",\"execution\":\"" + execution + "\"}";
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}

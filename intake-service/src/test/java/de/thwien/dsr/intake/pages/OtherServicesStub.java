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
 * Stands in for erasure-service's assistant API and notifier-service's delivery log in the browser scenario
 * (intake's tests run without the other services): every case has a plan with one STRONG item erased automatically
 * and one WEAK-match item waiting for approval, and one acknowledgement sent. It records the decisions it receives
 * and the login they came with.
 */
public class OtherServicesStub implements QuarkusTestResourceLifecycleManager {

    /** "METHOD path|Authorization" of each decision received. */
    static final List<String> DECISIONS = new CopyOnWriteArrayList<>();
    static final long WEAK_ITEM = 11;
    static final String DELIVERY = "6a1f0c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
    static final String NOTICE_TEXT = "Guten Tag, wir haben Ihre Anfrage <b>erhalten</b>.";

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
                "dsr.dashboard.notifier-base-url", "http://127.0.0.1:" + server.getAddress().getPort(),
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
        } else if ("GET".equals(exchange.getRequestMethod()) && path.equals("/api/deliveries")) {
            String query = exchange.getRequestURI().getQuery();
            respond(exchange, 200, "[" + delivery(query.substring(query.indexOf('=') + 1), false) + "]");
        } else if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/api/deliveries/")) {
            respond(exchange, 200, delivery("", true));
        } else {
            respond(exchange, 404, "{\"status\":404,\"detail\":\"not found\"}");
        }
    }

    /** An acknowledgement whose text carries markup, which the page must show as text. */
    private static String delivery(String caseId, boolean withText) {
        return "{\"id\":\"" + DELIVERY + "\",\"caseId\":\"" + caseId + "\",\"kind\":\"ACKNOWLEDGEMENT\","
                + "\"recipient\":\"requester@example.org\",\"subject\":\"Ihre Anfrage\",\"status\":\"SENT\","
                + "\"sentAt\":\"2026-11-27T08:00:00Z\","
                + "\"text\":" + (withText ? "\"" + NOTICE_TEXT + "\"" : "null") + "}";
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

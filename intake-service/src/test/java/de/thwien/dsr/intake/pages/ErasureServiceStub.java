package de.thwien.dsr.intake.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * erasure-service at the edge of the dashboard, played by the StandInServices: it has no plan to show (404) unless
 * made {@link #withPlan} one, and records every plan decision the dashboard forwards, so a test sees whether a
 * decision was taken.
 */
public class ErasureServiceStub implements HttpHandler {

    private final List<String> decisions = new CopyOnWriteArrayList<>();
    private final String plan;

    public ErasureServiceStub() {
        this(null);
    }

    private ErasureServiceStub(String plan) {
        this.plan = plan;
    }

    /** Answers every plan read with this plan (erasure-service's JSON, as {@code GET .../erasure-plan} gives it). */
    public static ErasureServiceStub withPlan(String planJson) {
        return new ErasureServiceStub(planJson);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        byte[] answer;
        if ("POST".equals(exchange.getRequestMethod())) {
            decisions.add(exchange.getRequestURI().getPath());
            answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
        } else if (plan != null && exchange.getRequestURI().getPath().endsWith("/erasure-plan")) {
            answer = plan.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
        } else {
            answer = new byte[0];
            exchange.sendResponseHeaders(404, -1);
        }
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /** The paths of the plan decisions that reached erasure-service. */
    public List<String> decisions() {
        return List.copyOf(decisions);
    }
}

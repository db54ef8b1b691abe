package de.thwien.dsr.intake.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * subject-index-service and erasure-service misbehaving, played by the {@link StandInServices}: their reads take the
 * connection and never answer; erasure-service refuses every plan decision with a problem+json 409, a decline as the
 * refusal it names in the problem type ({@code PlanItemConflict}), any other without a type of its own.
 */
public class MisbehavingServices {

    static final String DECISION_REFUSED = "Plan item 7 was decided already.";

    /** The Authorization and X-DSR-On-Behalf-Of headers of each decision that reached erasure-service. */
    public record Decision(String path, String authorization, String onBehalfOf) {
    }

    private final List<Decision> decisions = new CopyOnWriteArrayList<>();

    /** Takes the request and never answers. */
    HttpHandler index() {
        return exchange -> {
        };
    }

    HttpHandler erasure() {
        return exchange -> {
            if ("POST".equals(exchange.getRequestMethod())) {
                decisions.add(new Decision(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of")));
                refuse(exchange, DECISION_REFUSED, exchange.getRequestURI().getPath().endsWith("/decline")
                        ? "urn:thwien:dsr:refusal:PlanItemConflict" : "about:blank");
            }
        };
    }

    private static void refuse(HttpExchange exchange, String detail, String type) throws IOException {
        byte[] body = ("{\"type\":\"" + type + "\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"" + detail
                + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(409, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** The plan decisions that reached erasure-service. */
    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }
}

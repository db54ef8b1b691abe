package de.thwien.dsr.intake.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for subject-index-service and erasure-service at the edge of the dashboard, both misbehaving: their reads
 * take the connection and never answer; erasure-service refuses every plan decision with a problem+json 409. The
 * dashboard logs in as {@value #USERNAME}. A field of this type in the test class is filled with the running stub.
 * (notifier-service is the NotifierServiceStub every test sees.)
 */
public class MisbehavingServices implements QuarkusTestResourceLifecycleManager {

    static final String USERNAME = "dashboard";
    static final String PASSWORD = "stub-secret";
    static final String DECISION_REFUSED = "Plan item 7 was decided already.";

    /** The Authorization and X-DSR-On-Behalf-Of headers of each decision that reached erasure-service. */
    public record Decision(String path, String authorization, String onBehalfOf) {
    }

    private final List<Decision> decisions = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/index", exchange -> {
            // takes the request and never answers
        });
        server.createContext("/erasure", exchange -> {
            if ("POST".equals(exchange.getRequestMethod())) {
                decisions.add(new Decision(exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of")));
                refuse(exchange, DECISION_REFUSED);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("dsr.dashboard.index-base-url", base + "/index",
                "dsr.dashboard.erasure-base-url", base + "/erasure",
                "dsr.dashboard.service-username", USERNAME,
                "dsr.dashboard.service-password", PASSWORD);
    }

    private static void refuse(HttpExchange exchange, String detail) throws IOException {
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"" + detail + "\"}")
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

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(MisbehavingServices.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}

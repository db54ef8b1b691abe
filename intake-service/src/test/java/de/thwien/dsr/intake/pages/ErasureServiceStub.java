package de.thwien.dsr.intake.pages;

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
 * Stands in for erasure-service at the edge of the dashboard (dsr.dashboard.erasure-base-url): it has no plan to
 * show (404) and records every plan decision the dashboard forwards, so a test sees whether a decision was taken.
 * A field of this type in the test class is filled with the running stub.
 */
public class ErasureServiceStub implements QuarkusTestResourceLifecycleManager {

    private final List<String> decisions = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] answer;
            if ("POST".equals(exchange.getRequestMethod())) {
                decisions.add(exchange.getRequestURI().getPath());
                answer = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
            } else {
                answer = new byte[0];
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return Map.of("dsr.dashboard.erasure-base-url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(ErasureServiceStub.class));
    }

    /** The paths of the plan decisions that reached erasure-service. */
    public List<String> decisions() {
        return List.copyOf(decisions);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}

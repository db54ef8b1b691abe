package de.thwien.dsr.erasure.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for subject-index-service's identifier lookup ({@code POST /api/identifiers/records}) at the edge of
 * erasure-service: answers the records given with {@link #holds} for a request that asks exactly that value (a JSON
 * string, in any case; the index keys a phone number by its E.164 form {@code +492215550303}), none for any other, after checking erasure-service's service login. {@link #unreachable(boolean)} closes connections
 * without an answer. A field of this type in the test class is filled with it.
 */
public class StandInSubjectIndex implements QuarkusTestResourceLifecycleManager {

    public static final String USERNAME = "erasure-stand-in";
    public static final String PASSWORD = "stand-in-secret";

    private final Map<String, String> holders = new ConcurrentHashMap<>();
    private volatile boolean unreachable;
    private volatile String lastLogin;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/identifiers/records", this::answer);
        server.start();
        return Map.of("dsr.erasure.subject-index.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "dsr.erasure.subject-index.username", USERNAME,
                "dsr.erasure.subject-index.password", PASSWORD);
    }

    /** A request asking {@code value} is answered with these records (JSON objects store, reference). */
    public void holds(String value, String recordsJson) {
        holders.put(value, recordsJson);
    }

    public void unreachable(boolean closed) {
        unreachable = closed;
    }

    /** The Authorization header of the last request. */
    public String lastLogin() {
        return lastLogin;
    }

    private void answer(HttpExchange exchange) throws IOException {
        if (unreachable) {
            exchange.close();
            return;
        }
        lastLogin = exchange.getRequestHeaders().getFirst("Authorization");
        // case-insensitive, as the index's normalised e-mail keys
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        String records = holders.entrySet().stream()
                .filter(held -> body.contains("\"" + held.getKey().toLowerCase(Locale.ROOT) + "\""))
                .map(Map.Entry::getValue).findFirst().orElse("");
        byte[] answer = ("{\"records\":[" + records + "]}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(StandInSubjectIndex.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}

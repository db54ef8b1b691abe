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
 * Stands in for subject-index-service at the edge of the dashboard (dsr.dashboard.index-base-url): every case waits on
 * one name match, a mail naming the requester in its text, and on one mail of the copy that also holds other people's
 * data (Art. 15(4)); every decision the dashboard forwards is recorded
 * (path, on-behalf-of header, body). A field of this type in the test class is filled with the running stub.
 */
public class SubjectIndexServiceStub implements QuarkusTestResourceLifecycleManager {

    /** The words around the name, as subject-index reads them from the store. */
    public static final String EXCERPT = "subject: Lieferverzug · body: Guten Tag, wie mit Herrn Jonas "
            + "Albrecht-Weidemann besprochen, verschiebt sich die Lieferung";

    private static final String REVIEW = """
            {"caseId":"x","waiting":true,"matches":[{"id":7,"store":"mail","date":"2024-05-02",
            "summary":"Lieferverzug","excerpt":"%s","decision":null}],
            "othersData":[{"id":8,"store":"mail","date":"2024-06-03","summary":"Mail in INBOX: Angebot Gartenhaus",
            "decision":null}]}""".formatted(EXCERPT);

    private final List<String> decisions = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/cases/", exchange -> {
            if ("POST".equals(exchange.getRequestMethod())) {
                decisions.add(exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] answer = REVIEW.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return Map.of("dsr.dashboard.index-base-url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(SubjectIndexServiceStub.class));
    }

    /** "path assistant body" of every name-match decision that reached subject-index. */
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

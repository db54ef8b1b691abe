package de.thwien.dsr.intake.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * subject-index-service at the edge of the dashboard, played by the StandInServices: every case waits on one name
 * match, a mail naming the requester in its text (which also holds its sender's address), and on one mail of the
 * copy that also holds other people's data (Art. 15(4)); every decision the dashboard forwards is recorded (path
 * below the service's base, on-behalf-of header, body), and the language each review is asked in.
 */
public class SubjectIndexServiceStub implements HttpHandler {

    /** The words around the name, as subject-index reads them from the store. */
    public static final String EXCERPT = "subject: Lieferverzug · body: Guten Tag, wie mit Herrn Jonas "
            + "Albrecht-Weidemann besprochen, verschiebt sich die Lieferung";

    private static final String REVIEW = """
            {"caseId":"x","waiting":true,"matches":[{"id":7,"store":"mail","date":"2024-05-02",
            "summary":"Mail in INBOX of 2024-05-02: Lieferverzug","excerpt":"%s","decision":null,
            "category":"general-correspondence","subject":"Lieferverzug","othersData":true}],
            "othersData":[{"id":8,"store":"mail","date":"2024-06-03","summary":"Mail in INBOX: Angebot Gartenhaus",
            "decision":null,"category":"commercial-letter","subject":"Angebot Gartenhaus","othersData":true}]}"""
            .formatted(EXCERPT);

    private final List<String> decisions = new CopyOnWriteArrayList<>();
    private final List<String> reviewQueries = new CopyOnWriteArrayList<>();

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            String path = exchange.getRequestURI().getPath();
            decisions.add(path.substring(path.indexOf("/api/")) + " "
                    + exchange.getRequestHeaders().getFirst("X-DSR-On-Behalf-Of") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        } else {
            String path = exchange.getRequestURI().getPath();
            reviewQueries.add(path.substring(path.indexOf("/api/")) + "?" + exchange.getRequestURI().getQuery());
        }
        byte[] answer = REVIEW.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /** "path?query" of every review the dashboard asked for. */
    public List<String> reviewQueries() {
        return List.copyOf(reviewQueries);
    }

    /** "path assistant body" of every name-match decision that reached subject-index. */
    public List<String> decisions() {
        return List.copyOf(decisions);
    }
}

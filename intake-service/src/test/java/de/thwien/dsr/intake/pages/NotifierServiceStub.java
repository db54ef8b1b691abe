package de.thwien.dsr.intake.pages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for notifier-service at the edge of the dashboard (dsr.dashboard.notifier-base-url): it answers the
 * delivery log and the print view of the notices a test prepared, as notifier-service's DeliveryLogResource does; a
 * notice prepared as mailed has no print view (409). It lists the Art. 19 recipient notifications a test prepared and
 * records the assistant's confirmations, as RecipientNotificationResource does (only an OPEN or FAILED one: else 409).
 * A field of this type in the test class is filled with it.
 */
public class NotifierServiceStub implements QuarkusTestResourceLifecycleManager {

    private final Map<String, JsonObject> notices = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> recipients = new ConcurrentHashMap<>();
    private final List<JsonObject> confirmations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/deliveries", this::answer);
        server.start();
        return Map.of("dsr.dashboard.notifier-base-url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A notice of the case in the delivery log: PRINT when {@code printed}, else SENT. */
    public void prepare(String caseId, String deliveryId, boolean printed, String subject, String text) {
        notices.put(deliveryId, new JsonObject().put("id", deliveryId).put("caseId", caseId)
                .put("kind", "ACKNOWLEDGEMENT").put("language", "de").put("status", printed ? "PRINT" : "SENT")
                .put("createdAt", "2026-12-01T09:05:00Z").put("subject", subject)
                .put("recipientName", "Erika Beispiel").put("text", text));
    }

    /** An Art. 19 notification of the case in the state given (OPEN, PENDING, INFORMED, FAILED, COVERED). */
    public void prepareRecipient(String caseId, String id, String recipient, String channel, String state) {
        recipients.put(id, new JsonObject().put("id", id).put("caseId", caseId).put("recipient", recipient)
                .put("channel", channel).put("state", state));
    }

    /** The confirmations the dashboard sent, each with the notification's id. */
    public List<JsonObject> confirmations() {
        return List.copyOf(confirmations);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        int status = 200;
        String body;
        if (path.equals("/api/deliveries/recipient-notifications") && query != null
                && query.startsWith("caseId=")) {
            String caseId = query.substring("caseId=".length());
            JsonArray list = new JsonArray();
            recipients.values().stream().filter(n -> caseId.equals(n.getString("caseId"))).forEach(list::add);
            body = list.encode();
        } else if (path.startsWith("/api/deliveries/recipient-notifications/") && path.endsWith("/confirmation")
                && "POST".equals(exchange.getRequestMethod())) {
            JsonObject notification = recipients.get(path.split("/")[4]);
            JsonObject confirmation = new JsonObject(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            if (notification == null) {
                status = 404;
                body = new JsonObject().put("status", 404).put("detail", "No recipient notification").encode();
            } else if (!List.of("OPEN", "FAILED").contains(notification.getString("state"))) {
                status = 409;
                body = new JsonObject().put("status", 409).put("detail", "The notification is "
                        + notification.getString("state")).encode();
            } else {
                confirmations.add(confirmation.copy().put("id", notification.getString("id")));
                notification.put("state", "INFORMED").put("informedOn", confirmation.getString("informedOn"))
                        .put("informedVia", confirmation.getString("channel"));
                body = notification.encode();
            }
        } else if (path.equals("/api/deliveries") && query != null && query.startsWith("caseId=")) {
            String caseId = query.substring("caseId=".length());
            JsonArray log = new JsonArray();
            notices.values().stream().filter(n -> caseId.equals(n.getString("caseId"))).forEach(log::add);
            body = log.encode();
        } else if (path.endsWith("/print")) {
            JsonObject notice = notices.get(path.split("/")[3]);
            if (notice == null || !"PRINT".equals(notice.getString("status"))) {
                status = notice == null ? 404 : 409;
                body = new JsonObject().put("status", status).put("detail", "This notice is sent by mail.").encode();
            } else {
                body = notice.encode();
            }
        } else {
            JsonObject notice = notices.get(path.substring(path.lastIndexOf('/') + 1));
            status = notice == null ? 404 : 200;
            body = notice == null ? "{}" : notice.encode();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json"
                : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(NotifierServiceStub.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}

package de.thwien.dsr.admin.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import de.thwien.dsr.admin.ToolRun;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code dlq list} and {@code dlq replay} against intake's dead-letter API, here answered by a small HTTP server
 * with the JSON intake gives (the edge); DeadLetterTests in intake-service runs the tool against the real service.
 */
class DeadLetterCommandTest {

    private static final String LETTER = """
            {"id":7,"status":"%s","dlqTopic":"dsr.cases.dlq","dlqPartition":0,"dlqOffset":3,
             "originalTopic":"dsr.cases","consumerGroup":"notifier-service","caseId":"3f6c0000-0000-0000-0000-000000000001",
             "eventType":"de.thwien.dsr.case.closed.v1","deadLetteredAt":"2026-03-04T10:00:00Z","reason":"boom"}""";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer intake;

    @BeforeEach
    void startIntake() throws IOException {
        intake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        intake.createContext("/api/dead-letters", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            String body = exchange.getRequestMethod().equals("POST") ? LETTER.formatted("REPLAYED")
                    : "[" + LETTER.formatted("OPEN") + "]";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        intake.start();
    }

    @AfterEach
    void stopIntake() {
        intake.stop(0);
    }

    @Test
    void theListNamesTheConsumerGroupWhoseInboxFailed() {
        ToolRun run = ToolRun.withStdin("demo-owner\n", "dlq", "list", "--url", url(), "--password-stdin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("#7  OPEN  dsr.cases.dlq@3  from dsr.cases  for notifier-service  case 3f6c");
    }

    @Test
    void aReplaySaysWhichConsumerGroupItWentTo() {
        ToolRun run = ToolRun.withStdin("demo-owner\n", "dlq", "replay", "dsr.cases.dlq", "3", "--url", url(),
                "--password-stdin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("dead letter #7 (dsr.cases.dlq@3) replayed to dsr.cases for notifier-service:"
                + " status REPLAYED");
        assertThat(requests).contains("POST /api/dead-letters/7/replay");
    }

    private String url() {
        return "http://127.0.0.1:" + intake.getAddress().getPort();
    }
}

package de.thwien.dsr.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import de.thwien.dsr.events.RequestType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestersTest {

    private static final PlannedRequest WEB_FORM_REQUEST = new PlannedRequest(7, RequestType.ACCESS,
            PlannedRequest.Channel.WEB_FORM, "requester@example.org", "Requester", "en");

    private HttpServer intake;

    @AfterEach
    void stopIntake() {
        intake.stop(0);
    }

    @Test
    void aWebRequestIsSentAgainUntilIntakeAcceptsItAndTheAttemptsAreCounted() throws Exception {
        Requesters requesters = new Requesters(intakeAnswering(503, 429, 202), null);

        assertThat(requesters.send(WEB_FORM_REQUEST)).isEqualTo(3);
    }

    @Test
    void aWebRequestIntakeRefusesIsNotSentAgain() throws Exception {
        Requesters requesters = new Requesters(intakeAnswering(400, 202), null);

        assertThatThrownBy(() -> requesters.send(WEB_FORM_REQUEST))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("request 7 refused with 400");
    }

    /** A stand-in for intake's request API answering with these statuses in turn. */
    private String intakeAnswering(Integer... statuses) throws IOException {
        Deque<Integer> answers = new ArrayDeque<>(List.of(statuses));
        intake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        intake.createContext("/api/requests", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(answers.isEmpty() ? 500 : answers.poll(), -1);
            exchange.close();
        });
        intake.start();
        return "http://localhost:" + intake.getAddress().getPort();
    }
}

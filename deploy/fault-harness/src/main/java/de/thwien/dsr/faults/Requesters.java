package de.thwien.dsr.faults;

import static de.thwien.dsr.faults.Polling.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.infra.EmbeddedInfra;
import de.thwien.dsr.localstack.demo.DemoData;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends requests the way requesters do: the public web form API of intake, or a mail to the privacy
 * mailbox. A web request that is not accepted (intake down, database refusing) is sent again, as a person
 * would press the button again; one that was accepted is never sent twice.
 */
public final class Requesters {

    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String intakeUrl;
    private final EmbeddedInfra infra;

    public Requesters(String intakeUrl, EmbeddedInfra infra) {
        this.intakeUrl = intakeUrl;
        this.infra = infra;
    }

    /** Sends the request; returns how many attempts it took (web form) or 1 (mail). */
    public int send(PlannedRequest request) throws InterruptedException {
        return request.channel() == PlannedRequest.Channel.MAIL ? mail(request) : webForm(request);
    }

    private int webForm(PlannedRequest request) throws InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("type", request.type().name());
        body.put("email", request.email());
        body.put("name", request.name());
        body.put("language", request.language());
        HttpRequest post;
        try {
            post = HttpRequest.newBuilder(URI.create(intakeUrl + "/api/requests"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        AtomicInteger attempts = new AtomicInteger();
        // no time limit, as before: a person keeps pressing the button until intake takes the request
        await().forever().pollInterval(RETRY_PAUSE)
                .until(() -> {
                    attempts.incrementAndGet();
                    return accepted(post, request);
                });
        return attempts.get();
    }

    /** One press of the button: true when intake took the request, false when it did not answer or was busy. */
    private boolean accepted(HttpRequest post, PlannedRequest request) throws InterruptedException {
        if (Thread.interrupted()) {
            // the run is over (its executor shut down): stop pressing
            throw new InterruptedException("request " + request.number() + " given up");
        }
        try {
            int status = http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 202) {
                return true;
            }
            if (status < 500 && status != 429) {
                throw new IllegalStateException("request " + request.number() + " refused with " + status);
            }
            return false;
        } catch (IOException notAnswered) {
            // intake is down or restarting: try again like a person pressing the button again
            return false;
        }
    }

    private int mail(PlannedRequest request) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", infra.mailHost());
        properties.put("mail.smtp.port", Integer.toString(infra.smtpPort()));
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(request.email(), request.name(), "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(DemoData.PRIVACY));
            message.setSubject(request.mailSubject(), "UTF-8");
            message.setText(request.mailText(), "UTF-8");
            Transport.send(message);
            return 1;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot mail request " + request.number(), e);
        }
    }
}

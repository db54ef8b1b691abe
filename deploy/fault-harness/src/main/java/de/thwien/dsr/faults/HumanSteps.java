package de.thwien.dsr.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people do in the flow, done by the harness: requesters open the verification link from their mail,
 * the assistant approves the plan items that wait for approval (through the erasure API, as the dashboard
 * does) and decides the name matches an access answer waits on (a namesake's record: not the requester; a mail of
 * hers that also holds other people's data: included), through the subject-index API. Each round does what is due and remembers what worked; what failed (a service down) is done again
 * in the next round.
 */
public final class HumanSteps {

    private static final Pattern VERIFICATION_LINK = Pattern.compile("(http://\\S+/api/verification/[A-Za-z0-9_-]+)");
    private static final String ASSISTANT = "Basic " + Base64.getEncoder()
            .encodeToString("assistant:demo-assistant".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final SystemState state;
    private final String erasureUrl;
    private final String indexUrl;
    private final Set<String> requesters;
    private final Set<String> seenMessages = new HashSet<>();
    private final Set<String> pendingLinks = ConcurrentHashMap.newKeySet();
    private int confirmed;
    private int approved;

    public HumanSteps(SystemState state, String erasureUrl, String indexUrl, Set<String> requesters) {
        this.state = state;
        this.erasureUrl = erasureUrl;
        this.indexUrl = indexUrl;
        this.requesters = requesters;
    }

    /** One round: new verification links are opened, waiting plan items approved. */
    public void round() {
        collectVerificationLinks();
        for (String link : List.copyOf(pendingLinks)) {
            if (confirm(link)) {
                pendingLinks.remove(link);
                confirmed++;
            }
        }
        for (UUID caseId : state.casesAwaitingApproval()) {
            approveWaitingItems(caseId);
        }
        for (String caseId : state.casesAwaitingNameMatchReview()) {
            decideNameMatches(caseId);
        }
    }

    public int confirmed() {
        return confirmed;
    }

    public int approved() {
        return approved;
    }

    private void collectVerificationLinks() {
        for (MimeMessage message : state.receivedMails()) {
            try {
                String id = message.getMessageID();
                if (id == null || !seenMessages.add(id) || !toARequester(message)) {
                    continue;
                }
                Matcher link = VERIFICATION_LINK.matcher(MailText.of(message));
                if (link.find()) {
                    pendingLinks.add(link.group(1));
                }
            } catch (MessagingException unreadable) {
                // not one of ours
            }
        }
    }

    private boolean toARequester(MimeMessage message) throws MessagingException {
        Address[] to = message.getAllRecipients();
        if (to == null) {
            return false;
        }
        for (Address address : to) {
            if (address instanceof InternetAddress internet && requesters.contains(internet.getAddress())) {
                return true;
            }
        }
        return false;
    }

    /** True when the link is used up: confirmed now, or (a retry after a lost answer) confirmed before. */
    private boolean confirm(String link) {
        HttpRequest post = HttpRequest.newBuilder(URI.create(link)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            int status = http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status < 500;
        } catch (IOException down) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void decideNameMatches(String caseId) {
        String review = indexUrl + "/api/cases/" + caseId + "/name-matches";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(review))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", ASSISTANT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return;
            }
            JsonNode view = json.readTree(response.body());
            decide(review, view.path("matches"), "{\"decision\":\"REJECTED\",\"reasonCode\":\"NOT_THE_REQUESTER\"}");
            decide(review, view.path("othersData"), "{\"decision\":\"INCLUDE\"}");
        } catch (IOException down) {
            // subject-index-service down: next round
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void decide(String review, JsonNode matches, String decision) throws IOException, InterruptedException {
        for (JsonNode match : matches) {
            if (match.path("decision").isNull() || match.path("decision").isMissingNode()) {
                http.send(HttpRequest.newBuilder(URI.create(review + "/" + match.path("id").asLong()))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", ASSISTANT)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(decision)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    private void approveWaitingItems(UUID caseId) {
        String plan = erasureUrl + "/api/cases/" + caseId + "/erasure-plan";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(plan))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", ASSISTANT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return;
            }
            for (JsonNode item : json.readTree(response.body()).path("items")) {
                if ("PENDING".equals(item.path("approval").asText())) {
                    int status = http.send(HttpRequest.newBuilder(
                                    URI.create(plan + "/items/" + item.path("id").asLong() + "/approve"))
                            .timeout(Duration.ofSeconds(30)).header("Authorization", ASSISTANT)
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        approved++;
                    }
                }
            }
        } catch (IOException down) {
            // erasure-service down: next round
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

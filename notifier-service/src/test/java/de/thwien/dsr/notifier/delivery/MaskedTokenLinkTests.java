package de.thwien.dsr.notifier.delivery;

import static de.thwien.dsr.notifier.NotifierTestKit.asAssistant;
import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The verification, status and download links carry tokens that act for the requester; the delivery log shows
 * them masked and keeps only the masked text once a notice is sent, while its SHA-256 stays over the text sent.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class MaskedTokenLinkTests {

    private static final String TOKEN = "Vx7q2LkP9sTz4mNc8RwYb3Hd";

    @Inject
    Pool pool;

    @Inject
    SealedNotices sealed;

    @Test
    void deliveryLogShowsTheVerificationLinkMaskedAndTheHashIsOverTheMailAsSent() throws Throwable {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = newCaseId();
        String address = NotifierTestKit.uniqueAddress();

        kit.publish(new CaseEvents.VerificationRequested(caseId, RequestType.ACCESS, "de",
                Instant.parse("2026-03-12T10:00:00Z"), new CaseEvents.VerificationLink(address, "Erika Mustermann",
                        "http://localhost/api/verification/" + TOKEN)));

        ReceivedMail mail = kit.awaitMails(address, 1).get(0);
        assertThat(mail.text()).contains("http://localhost/api/verification/" + TOKEN);
        Map<String, Object> entry = NotifierTestKit.awaitAllSent(caseId, 1).get(0);
        JsonPath one = asAssistant().when().get("/api/deliveries/" + entry.get("id"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(one.getString("text")).doesNotContain(TOKEN)
                .contains("http://localhost/api/verification/" + TokenLinks.MASK);
        // the text as rendered ends with a line break, which the mail's text part as read back does not show
        assertThat(one.getString("bodySha256")).isEqualTo(NoticeBook.sha256(mail.text() + "\n"));
        assertThat(storedContent(UUID.fromString(entry.get("id").toString())))
                .allSatisfy(text -> assertThat(text).doesNotContain(TOKEN).contains(TokenLinks.MASK));
    }

    @Test
    void statusLinkOfTheAcknowledgementIsMaskedInTheDeliveryLog() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = newCaseId();
        String address = NotifierTestKit.uniqueAddress();
        CaseEvents.RequestReceived received = NotifierTestKit.requestReceived(caseId, RequestType.ACCESS, address,
                "en", null);

        kit.publish(received);

        Map<String, Object> entry = NotifierTestKit.awaitAllSent(caseId, 1).get(0);
        assertThat(asAssistant().when().get("/api/deliveries/" + entry.get("id")).then().statusCode(200)
                .extract().jsonPath().getString("text"))
                .doesNotContain(received.statusUrl()).contains("http://localhost/status/" + TokenLinks.MASK);
    }

    @Test
    void tokenLinksInTextAndHtmlAreMaskedAndOtherLinksStay() {
        String text = "Link: https://dsr.example/api/verification/abc_DEF-123 und "
                + "<a href=\"https://dsr.example/access-packages/tok123\">"
                + "https://dsr.example/access-packages/tok123</a>"
                + " Status https://dsr.example/status/s-1. Datenschutz: https://www.thwien.de/datenschutz";

        assertThat(TokenLinks.masked(text)).isEqualTo("Link: https://dsr.example/api/verification/" + TokenLinks.MASK
                + " und <a href=\"https://dsr.example/access-packages/" + TokenLinks.MASK + "\">"
                + "https://dsr.example/access-packages/" + TokenLinks.MASK + "</a> Status https://dsr.example/status/"
                + TokenLinks.MASK + ". Datenschutz: https://www.thwien.de/datenschutz");
    }

    private java.util.List<String> storedContent(UUID id) throws Throwable {
        SealedNotices.Content content = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> NoticeDelivery.<NoticeDelivery>findById(id).chain(sealed::open)));
        return java.util.List.of(content.text(), content.html());
    }
}

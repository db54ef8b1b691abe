package de.thwien.dsr.notifier.delivery;

import static de.thwien.dsr.notifier.NotifierTestKit.asAssistant;
import static de.thwien.dsr.notifier.NotifierTestKit.awaitAllSent;
import static de.thwien.dsr.notifier.NotifierTestKit.deliveries;
import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.requestReceived;
import static de.thwien.dsr.notifier.NotifierTestKit.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.keyring.KeyRing;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.notifier.cases.LegacyNoticeSealing;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The notice archive at rest: what the tables hold is sealed with the case's key, the delivery log still shows
 * it to the assistant, a shredded case's notices show as shredded, and plaintext rows of an older version get
 * sealed.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class NoticeArchiveSealingTests {

    @Inject
    Pool pool;

    @Inject
    KeyRing keyRing;

    @Inject
    LegacyNoticeSealing legacySealing;

    @Test
    void theTablesHoldNoPlaintextWhileTheDeliveryLogShowsAddressAndText() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ACCESS, address, "de", null));
        Map<String, Object> entry = awaitAllSent(caseId, 1).get(0);

        Row stored = row("select recipient, recipient_name, body_text, body_html from notice_delivery"
                + " where case_id = $1", caseId);
        for (int column = 0; column < 4; column++) {
            assertThat(stored.getString(column)).startsWith("v1.").doesNotContain("@").doesNotContain("Erika");
        }
        Row contact = row("select email, name from case_contact where case_id = $1", caseId);
        assertThat(contact.getString(0)).startsWith("v1.").doesNotContain(address);
        assertThat(contact.getString(1)).startsWith("v1.").doesNotContain("Erika");

        assertThat(entry.get("recipient")).isEqualTo(address);
        // the acknowledgement greets neutrally (unverified address); the text is readable in the log
        assertThat(textOf(entry)).startsWith("Guten Tag,").contains("Auskunft (Art. 15 DSGVO)");
    }

    @Test
    void aShreddedCasesNoticesStayListedAsShreddedWithoutError() throws Throwable {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ERASURE, address, "en", null));
        awaitAllSent(caseId, 1);

        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> keyRing.destroy(KeyScopes.ofCase(caseId), Instant.now())));

        List<Map<String, Object>> log = deliveries(caseId);
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.get("recipient")).isEqualTo(SealedNotices.SHREDDED);
            assertThat(entry.get("status")).isEqualTo("SENT");
            assertThat(entry.get("bodySha256")).asString().hasSize(64);
            assertThat(textOf(entry)).isEqualTo(SealedNotices.SHREDDED);
        });
    }

    @Test
    void plaintextRowsOfAnOlderVersionAreSealedAndStayReadable() throws Throwable {
        String caseId = newCaseId();
        String address = uniqueAddress();
        pool.preparedQuery("insert into notice_delivery (id, case_id, kind, trigger_event_id, recipient,"
                        + " recipient_name, language, subject, body_text, body_html, body_sha256, message_id, status,"
                        + " attempts, created_at, next_attempt_at, sent_at) values ($1, $2, 'EXTENSION', $3, $4,"
                        + " 'Erika Mustermann', 'de', 'Verlängerung der Frist', 'Guten Tag Erika', '<p>Guten Tag Erika</p>',"
                        + " $5, $6, 'SENT', 1, now(), now(), now())")
                .execute(Tuple.tuple(List.of(UUID.randomUUID(), caseId, UUID.randomUUID(), address,
                        NoticeBook.sha256("Guten Tag Erika"), "<" + UUID.randomUUID() + "@thwien.de>")))
                .await().indefinitely();
        pool.preparedQuery("insert into case_contact (case_id, request_type, language, email, name, received_at)"
                        + " values ($1, 'ERASURE', 'de', $2, 'Erika Mustermann', now())")
                .execute(Tuple.of(caseId, address)).await().indefinitely();

        assertThat(VertxContextSupport.subscribeAndAwait(legacySealing::sealAll)).isGreaterThanOrEqualTo(2);

        assertThat(row("select recipient, body_text from notice_delivery where case_id = $1", caseId).getString(0))
                .startsWith("v1.").doesNotContain("@");
        assertThat(row("select email from case_contact where case_id = $1", caseId).getString(0))
                .startsWith("v1.").doesNotContain("@");
        Map<String, Object> entry = deliveries(caseId).get(0);
        assertThat(entry.get("recipient")).isEqualTo(address);
        assertThat(textOf(entry)).isEqualTo("Guten Tag Erika");
        // a second run finds nothing left to seal for this case
        VertxContextSupport.subscribeAndAwait(legacySealing::sealAll);
        assertThat(deliveries(caseId).get(0).get("recipient")).isEqualTo(address);
    }

    private Row row(String sql, String caseId) {
        return pool.preparedQuery(sql).execute(Tuple.of(caseId)).await().indefinitely().iterator().next();
    }

    private static String textOf(Map<String, Object> entry) {
        return asAssistant().when().get("/api/deliveries/" + entry.get("id"))
                .then().statusCode(200).extract().jsonPath().getString("text");
    }
}

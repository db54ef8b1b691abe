package de.thwien.dsr.notifier.delivery;

import static de.thwien.dsr.notifier.NotifierTestKit.awaitAllSent;
import static de.thwien.dsr.notifier.NotifierTestKit.deliveries;
import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What happens after a crash between "claimed" and "sent": the claim of a dead instance goes stale; the notice
 * is sent (with its Message-ID) unless its copy in the receipt mailbox shows it went out before the crash; a fresh
 * claim (an instance still sending) is left alone.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class StaleClaimTests {

    @Inject
    Pool pool;

    @Inject
    Mailer mailer;

    @Inject
    SentReceipts receipts;

    @Test
    void abandonedClaimIsSentAgainWithTheSameMessageIdWhileAFreshClaimIsLeftAlone() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String abandonedCase = newCaseId();
        String abandonedAddress = uniqueAddress();
        String abandonedMessageId = "<" + UUID.randomUUID() + "@thwien.de>";
        String busyCase = newCaseId();
        String busyAddress = uniqueAddress();
        claimed(abandonedCase, abandonedAddress, abandonedMessageId, 10);
        claimed(busyCase, busyAddress, "<" + UUID.randomUUID() + "@thwien.de>", 0);

        List<ReceivedMail> mails = kit.awaitMails(abandonedAddress, 1);

        assertThat(mails).singleElement()
                .satisfies(mail -> assertThat(mail.messageId()).contains(abandonedMessageId));
        assertThat(awaitAllSent(abandonedCase, 1).get(0).get("attempts")).isEqualTo(2);
        // both rows were looked at by the same claim query; the fresh one was not taken
        assertThat(deliveries(busyCase)).singleElement()
                .satisfies(entry -> assertThat(entry.get("status")).isEqualTo("SENDING"));
        assertThat(kit.mailsFor(busyAddress)).isEmpty();
    }

    @Test
    void abandonedClaimWhoseReceiptArrivedIsRecordedSentWithoutASecondMail() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = newCaseId();
        String address = uniqueAddress();
        String messageId = "<" + UUID.randomUUID() + "@thwien.de>";
        // the crashed instance got the notice through SMTP: its blind copy is in the receipt mailbox
        mailer.send(Mail.withText(receipts.address(), "Verlängerung der Frist", "Text")
                .addHeader("Message-ID", messageId));
        kit.awaitMails(receipts.address(), 1);
        claimed(caseId, address, messageId, 10);

        assertThat(awaitAllSent(caseId, 1).get(0).get("attempts")).isEqualTo(2);

        // the takeover recorded it as sent from the receipt; the requester got no mail from the takeover
        assertThat(kit.mailsFor(address)).isEmpty();
        assertThat(kit.outboxEventsFor(caseId)).isOne();
    }

    /** A notice some instance claimed {@code minutesAgo} and never finished, as a crash leaves it. */
    private void claimed(String caseId, String address, String messageId, int minutesAgo) {
        pool.preparedQuery("insert into notice_delivery (id, case_id, kind, trigger_event_id, recipient,"
                        + " recipient_name, language, subject, body_text, body_html, body_sha256, message_id, status,"
                        + " attempts, created_at, next_attempt_at, last_attempt_at) values ($1, $2, 'EXTENSION', $3,"
                        + " $4, null, 'de', 'Verlängerung der Frist', 'Text', '<p>Text</p>', $5, $6, 'SENDING', 1,"
                        + " now() - interval '1 hour', now() - interval '1 hour', now() - make_interval(mins => $7))")
                .execute(Tuple.tuple(List.of(UUID.randomUUID(), caseId, UUID.randomUUID(), address,
                        NoticeBook.sha256("Text\n"), messageId, minutesAgo)))
                .await().indefinitely();
    }
}

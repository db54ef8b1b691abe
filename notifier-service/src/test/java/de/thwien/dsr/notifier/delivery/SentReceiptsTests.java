package de.thwien.dsr.notifier.delivery;

import static de.thwien.dsr.notifier.NotifierTestKit.awaitAllSent;
import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.requestReceived;
import static de.thwien.dsr.notifier.NotifierTestKit.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.OtherInstance;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The blind copy of every notice in the receipt mailbox: there for each notice, invisible to the requester, purged. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class SentReceiptsTests {

    @Inject
    Pool pool;

    @Inject
    Mailer mailer;

    @Inject
    SentReceipts receipts;

    @Test
    void everyNoticeLeavesAReceiptTheRequesterCannotSee() throws MessagingException {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = newCaseId();
        String address = uniqueAddress();

        kit.publish(requestReceived(caseId, RequestType.ACCESS, address, "de", null));

        ReceivedMail acknowledgement = kit.awaitMails(address, 1).get(0);
        String messageId = String.valueOf(awaitAllSent(caseId, 1).get(0).get("messageId"));
        assertThat(acknowledgement.messageId()).contains(messageId);
        assertThat(receipts.contains(messageId)).isTrue();
        assertThat(kit.mailsFor(receipts.address()))
                .anySatisfy(receipt -> assertThat(receipt.messageId()).contains(messageId));
        // a blind copy: the requester's mail names no receipt address in any header
        assertThat(acknowledgement.header("Bcc")).isEmpty();
        assertThat(acknowledgement.header("Cc").orElse("")).doesNotContain(receipts.address());
        assertThat(receipts.contains("<" + UUID.randomUUID() + "@thwien.de>")).isFalse();
    }

    @Test
    void receiptsAreDeletedOnlyOnceTheyAreOlderThanTheCutoff() throws MessagingException {
        // the receipt mailbox is shared by the module's tests: the receipts of classes that ran earlier (minutes ago
        // on a slow machine) go first, so the cutoff below meets only receipts of this test
        receipts.purgeReceivedBefore(Instant.now());
        String messageId = receiptInTheMailbox();
        Instant now = Instant.now();

        assertThat(receipts.purgeReceivedBefore(now.minus(Duration.ofMinutes(5)))).isZero();
        assertThat(receipts.contains(messageId)).isTrue();

        assertThat(receipts.purgeReceivedBefore(now.plus(Duration.ofMinutes(1)))).isPositive();
        assertThat(receipts.contains(messageId)).isFalse();
    }

    @Test
    void onlyOneInstancePurgesAtATime() throws MessagingException {
        String messageId = receiptInTheMailbox();
        Instant cutoff = Instant.now().plus(Duration.ofMinutes(1));

        try (OtherInstance other = OtherInstance.running(SingleInstanceJob.named(SentReceipts.PURGE_JOB, pool), pool)) {
            assertThat(receipts.purgeOnOneInstance(cutoff)).as("skipped while another instance purges").isEmpty();
            assertThat(receipts.contains(messageId)).isTrue();
        }
        assertThat(receipts.purgeOnOneInstance(cutoff)).hasValueSatisfying(purged -> assertThat(purged).isPositive());
        assertThat(receipts.contains(messageId)).isFalse();
    }

    /** A receipt that has just reached the receipt mailbox; its Message-ID. */
    private String receiptInTheMailbox() {
        String messageId = "<" + UUID.randomUUID() + "@thwien.de>";
        mailer.send(Mail.withText(receipts.address(), "Beleg", "Text").addHeader("Message-ID", messageId));
        new NotifierTestKit(pool).awaitMails(receipts.address(), 1);
        return messageId;
    }
}

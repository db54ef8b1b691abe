package de.thwien.dsr.notifier.delivery;

import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.requestReceived;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Whatever comes back to a notice, a bounce or the requester's reply, comes back to the privacy mailbox that intake
 * polls, where it is matched to its case. In the tests that mailbox (intake's) is not the From address, so the
 * headers below can only come from the configured privacy mailbox.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class PrivacyMailboxTests {

    @Inject
    Pool pool;

    @ConfigProperty(name = "dsr.notifier.privacy-mailbox")
    String privacyMailbox;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    @Test
    void aNoticeBouncesToThePrivacyMailbox() {
        ReceivedMail mail = aSentAcknowledgement();

        // the receiving server writes the envelope sender (SMTP MAIL FROM) as Return-Path; bounces go there
        assertThat(mail.header("Return-Path")).contains("<" + privacyMailbox + ">");
        assertThat(from).doesNotContain(privacyMailbox);
    }

    @Test
    void aReplyToANoticeGoesToThePrivacyMailbox() {
        ReceivedMail mail = aSentAcknowledgement();

        assertThat(mail.header("Reply-To")).contains(privacyMailbox);
    }

    private ReceivedMail aSentAcknowledgement() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String address = NotifierTestKit.uniqueAddress();
        kit.publish(requestReceived(newCaseId(), RequestType.ACCESS, address, "de", null));
        return assertThat(kit.awaitMails(address, 1)).singleElement().actual();
    }
}

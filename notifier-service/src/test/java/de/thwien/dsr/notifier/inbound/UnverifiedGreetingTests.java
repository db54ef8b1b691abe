package de.thwien.dsr.notifier.inbound;

import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Anyone can type any address and any name into the form: until the address is verified, our mails must not carry
 * the typed name (it would make our mailbox send their text to anyone), so they greet neutrally.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class UnverifiedGreetingTests {

    private static final String SPAM_NAME = "Kunde. WICHTIG: Ihr Konto wird gesperrt, melden Sie sich an unter"
            + " https://evil.example/login";

    @Inject
    Pool pool;

    @Test
    void acknowledgementToAnUnverifiedAddressGreetsWithoutTheTypedName() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String address = NotifierTestKit.uniqueAddress();

        kit.publish(new CaseEvents.RequestReceived(newCaseId(), RequestType.ACCESS, "de",
                CaseEvents.Channel.WEB_FORM, Instant.parse("2026-03-04T23:30:00Z"), LocalDate.parse("2026-03-05"),
                LocalDate.parse("2026-04-07"), LocalDate.parse("2026-06-05"), "http://localhost/status/t0k3n",
                null, new Person(address, SPAM_NAME)));

        ReceivedMail mail = kit.awaitMails(address, 1).get(0);
        assertThat(mail.text()).startsWith("Guten Tag,").doesNotContain("WICHTIG", "evil.example");
    }

    @Test
    void verificationLinkToAnUnverifiedAddressGreetsWithoutTheTypedName() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String address = NotifierTestKit.uniqueAddress();

        kit.publish(new CaseEvents.VerificationRequested(newCaseId(), RequestType.ACCESS, "en",
                Instant.parse("2026-03-12T10:00:00Z"), new CaseEvents.VerificationLink(address, SPAM_NAME,
                        "http://localhost/api/verification/t0k3n")));

        ReceivedMail mail = kit.awaitMails(address, 1).get(0);
        assertThat(mail.text()).startsWith("Hello,").doesNotContain("WICHTIG", "evil.example");
    }

    @Test
    void extensionBeforeTheIdentityIsVerifiedGreetsWithoutTheTypedName() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String address = NotifierTestKit.uniqueAddress();
        String caseId = newCaseId();
        kit.publish(received(caseId, address, SPAM_NAME));

        kit.publish(extension(caseId, address, SPAM_NAME));

        ReceivedMail mail = NotifierTestKit.single(kit.awaitMails(address, 2), "Verlängerung der Frist");
        assertThat(mail.text()).startsWith("Guten Tag,").doesNotContain("WICHTIG", "evil.example");
    }

    @Test
    void extensionAfterTheIdentityIsVerifiedGreetsByName() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String address = NotifierTestKit.uniqueAddress();
        String caseId = newCaseId();
        kit.publish(received(caseId, address, "Erika Mustermann"));
        kit.publish(new CaseEvents.IdentityVerified(caseId, RequestType.ACCESS, "de",
                CaseEvents.VerificationMethod.EMAIL_LINK, Instant.parse("2026-03-06T08:00:00Z"),
                new Person(address, "Erika Mustermann")));

        kit.publish(extension(caseId, address, "Erika Mustermann"));

        ReceivedMail mail = NotifierTestKit.single(kit.awaitMails(address, 2), "Verlängerung der Frist");
        assertThat(mail.text()).startsWith("Guten Tag Erika Mustermann,");
    }

    private static CaseEvents.RequestReceived received(String caseId, String address, String name) {
        return new CaseEvents.RequestReceived(caseId, RequestType.ACCESS, "de", CaseEvents.Channel.WEB_FORM,
                Instant.parse("2026-03-04T23:30:00Z"), LocalDate.parse("2026-03-05"), LocalDate.parse("2026-04-07"),
                LocalDate.parse("2026-06-05"), "http://localhost/status/t0k3n", null, new Person(address, name));
    }

    private static CaseEvents.DeadlineExtended extension(String caseId, String address, String name) {
        return new CaseEvents.DeadlineExtended(caseId, "de", LocalDate.parse("2026-04-07"),
                LocalDate.parse("2026-06-05"), "Daten in drei Systemen.", new Person(address, name));
    }
}
